import type { MutexInterface, SemaphoreInterface } from 'async-mutex';
import { E_ALREADY_LOCKED, E_TIMEOUT } from './errors';
import { nameShimObject, shimNameOf } from './names';
import { afterCallback, settledAtPoint } from './settle-at-point';

/**
 * async-mutex 0.5's withTimeout and tryAcquire (lib/withTimeout.js, lib/tryAcquire.js), ported line for line,
 * quirks included:
 * - the timeout is a plain `setTimeout` (under the explorer: on the run's virtual clock), racing the acquire;
 * - a timed-out acquire stays queued in the wrapped primitive: when it is granted later, it is released at
 *   once, and until then it holds its place (a weighted one blocks those behind it);
 * - tryAcquire is withTimeout with a 0 ms timeout: it fails only when that timer fires, so a lock released
 *   before then is still taken, and a failed tryAcquire leaves a queued acquire behind too;
 * - the view looks like a semaphore (it has `getValue`) even around a Mutex, so a view of a view reads a
 *   Mutex's priority as a weight.
 * Only the outer promise (what the caller awaits) is a scheduling point; the inner acquire is the library's.
 */
type Sync = MutexInterface | SemaphoreInterface;
type Ticket = MutexInterface.Releaser | [number, SemaphoreInterface.Releaser];

export function withTimeout(mutex: MutexInterface, timeout: number, timeoutError?: Error): MutexInterface;
export function withTimeout(semaphore: SemaphoreInterface, timeout: number, timeoutError?: Error): SemaphoreInterface;
export function withTimeout(sync: Sync, timeout: number, timeoutError: Error = E_TIMEOUT): Sync {
  return timed(sync, timeout, timeoutError, `${shimNameOf(sync)} (timeout ${timeout}ms)`);
}

export function tryAcquire(mutex: MutexInterface, alreadyAcquiredError?: Error): MutexInterface;
export function tryAcquire(semaphore: SemaphoreInterface, alreadyAcquiredError?: Error): SemaphoreInterface;
export function tryAcquire(sync: Sync, alreadyAcquiredError: Error = E_ALREADY_LOCKED): Sync {
  return timed(sync, 0, alreadyAcquiredError, `${shimNameOf(sync)} (tryAcquire)`);
}

function isSemaphore(sync: Sync): sync is SemaphoreInterface {
  return (sync as Partial<SemaphoreInterface>).getValue !== undefined;
}

/** The view both return; `label` names what its parked callers wait for. */
function timed(sync: Sync, timeout: number, timeoutError: Error, label: string): Sync {
  const acquireFromSync = (weight: number | undefined, priority: number | undefined): Promise<Ticket> =>
    isSemaphore(sync) ? sync.acquire(weight, priority) : sync.acquire(priority);
  const view = {
    acquire(weightOrPriority?: number, priority?: number): Promise<Ticket> {
      let weight: number | undefined;
      if (isSemaphore(sync)) {
        weight = weightOrPriority;
      } else {
        weight = undefined;
        priority = weightOrPriority;
      }
      if (weight !== undefined && weight <= 0) throw new Error(`invalid weight ${weight}: must be positive`);
      return settledAtPoint<Ticket>({ waits: `acquire ${label}`, passes: `took ${label}` }, (resolve, reject) => {
        // The library's executor is an async function: its synchronous part sets the timer and queues the acquire.
        void (async () => {
          const state = { isTimeout: false }; // an object, so the checks below read what the timer wrote
          const handle = setTimeout(() => {
            state.isTimeout = true;
            reject(timeoutError);
          }, timeout);
          try {
            const ticket = await acquireFromSync(weight, priority);
            if (state.isTimeout) {
              const release = Array.isArray(ticket) ? ticket[1] : ticket;
              release();
            } else {
              clearTimeout(handle);
              resolve(ticket);
            }
          } catch (e) {
            if (!state.isTimeout) {
              clearTimeout(handle);
              reject(e);
            }
          }
        })();
      });
    },

    async runExclusive<T>(callback: (value?: number) => Promise<T> | T, weight?: number, priority?: number): Promise<T> {
      let release: () => void = () => undefined;
      try {
        const ticket = await this.acquire(weight, priority);
        if (Array.isArray(ticket)) {
          release = ticket[1];
          return await afterCallback(callback(ticket[0]), `releases ${label}`);
        } else {
          release = ticket;
          return await afterCallback(callback(), `releases ${label}`);
        }
      } finally {
        release();
      }
    },

    release(weight?: number): void {
      sync.release(weight);
    },

    cancel(): void {
      sync.cancel();
    },

    waitForUnlock(weightOrPriority?: number, priority?: number): Promise<void> {
      let weight: number | undefined;
      if (isSemaphore(sync)) {
        weight = weightOrPriority;
      } else {
        weight = undefined;
        priority = weightOrPriority;
      }
      if (weight !== undefined && weight <= 0) throw new Error(`invalid weight ${weight}: must be positive`);
      return settledAtPoint<undefined>({ waits: `waitForUnlock ${label}`, passes: `found ${label} unlocked` }, (resolve, reject) => {
        const handle = setTimeout(() => reject(timeoutError), timeout);
        void (isSemaphore(sync) ? sync.waitForUnlock(weight, priority) : sync.waitForUnlock(priority)).then(() => {
          clearTimeout(handle);
          resolve(undefined);
        });
      });
    },

    isLocked: (): boolean => sync.isLocked(),
    // As in the library, also around a Mutex, where calling them throws a TypeError.
    getValue: (): number => (sync as SemaphoreInterface).getValue(),
    setValue: (value: number): void => (sync as SemaphoreInterface).setValue(value),
  };
  nameShimObject(view, shimNameOf(sync));
  return view as Sync;
}
