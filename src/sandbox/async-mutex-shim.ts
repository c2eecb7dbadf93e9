/**
 * What `import ... from 'async-mutex'` gives code under the explorer (src/sandbox/bootstrap.cjs redirects the
 * name here): async-mutex 0.5 itself, ported line for line, with one change. Every promise the library hands
 * its caller settles at a scheduling point: where the library settles it, the caller's flow becomes ready, and
 * it resumes when the scheduler chooses (see async-mutex/settle-at-point.ts). Who is handed the lock, when,
 * with which value, in which priority order, what `waitForUnlock`, `cancel`, `release`, `setValue`, weights,
 * `withTimeout` and `tryAcquire` do: all of it is the library's algorithm, on the run's virtual clock.
 * Outside the explorer the shim behaves as the library, microtask for microtask
 * (tests/sandbox/async-mutex-shim.test.ts checks both against the real package).
 */
export type { MutexInterface, SemaphoreInterface } from 'async-mutex';
export { E_ALREADY_LOCKED, E_CANCELED, E_TIMEOUT } from './async-mutex/errors';
export { Mutex } from './async-mutex/mutex';
export { Semaphore } from './async-mutex/semaphore';
export { tryAcquire, withTimeout } from './async-mutex/with-timeout';
