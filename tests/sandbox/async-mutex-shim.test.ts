import * as real from 'async-mutex';
import * as shim from '../../src/sandbox/async-mutex-shim';

/**
 * The shim must behave like async-mutex, so the same scenarios run against both (outside the explorer the
 * shim is free-running, like the real library) and must give the same results.
 */
interface Library {
  Mutex: new () => real.MutexInterface;
  Semaphore: new (value: number) => real.SemaphoreInterface;
  withTimeout: typeof real.withTimeout;
  tryAcquire: typeof real.tryAcquire;
  E_TIMEOUT: Error;
  E_ALREADY_LOCKED: Error;
  E_CANCELED: Error;
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const scenarios: Record<string, (lib: Library) => Promise<unknown[]>> = {
  'a queued acquire is handed the value at hand-over': async ({ Semaphore }) => {
    const semaphore = new Semaphore(1);
    const [first, release] = await semaphore.acquire();
    const second = semaphore.acquire();
    release();
    const [value] = await second;
    return [first, value, semaphore.getValue()];
  },
  'weighted acquires wait head-first': async ({ Semaphore }) => {
    const semaphore = new Semaphore(2);
    const order: string[] = [];
    const [, releaseAll] = await semaphore.acquire(2);
    void semaphore.acquire(2).then(([, release]) => {
      order.push('two');
      release();
    });
    void semaphore.acquire(1).then(() => order.push('one'));
    await settle();
    releaseAll();
    await settle();
    return order;
  },
  'runExclusive excludes and releases on throw': async ({ Mutex }) => {
    const mutex = new Mutex();
    const log: string[] = [];
    const a = mutex.runExclusive(async () => {
      log.push('a in');
      await settle();
      log.push('a out');
    });
    const b = mutex.runExclusive(() => {
      log.push('b');
      throw new Error('boom');
    });
    await a;
    await b.catch((error: unknown) => log.push(error instanceof Error ? error.message : '?'));
    return [...log, mutex.isLocked()];
  },
  'a releaser works once only': async ({ Semaphore }) => {
    const semaphore = new Semaphore(1);
    const [, release] = await semaphore.acquire();
    release();
    release();
    return [semaphore.getValue()];
  },
  'cancel rejects waiters with E_CANCELED': async (lib) => {
    const mutex = new lib.Mutex();
    await mutex.acquire();
    const waiting = mutex.acquire().then(
      () => 'acquired',
      (error: unknown) => (error === lib.E_CANCELED ? 'canceled' : 'other'),
    );
    mutex.cancel();
    return [await waiting];
  },
  'tryAcquire fails at once on a locked mutex': async (lib) => {
    const mutex = new lib.Mutex();
    const release = await lib.tryAcquire(mutex).acquire();
    const second = await lib
      .tryAcquire(mutex)
      .acquire()
      .then(
        () => 'acquired',
        (error: unknown) => (error === lib.E_ALREADY_LOCKED ? 'already locked' : 'other'),
      );
    release();
    await settle(); // the library's tryAcquire is a zero timeout: a late grant is handed back a moment later
    return [second, mutex.isLocked()];
  },
  'withTimeout gives up on a lock that is never released': async (lib) => {
    const mutex = new lib.Mutex();
    await mutex.acquire();
    const outcome = await lib
      .withTimeout(mutex, 5)
      .acquire()
      .then(
        () => 'acquired',
        (error: unknown) => (error === lib.E_TIMEOUT ? 'timed out' : 'other'),
      );
    return [outcome];
  },
  'waitForUnlock waits without taking the lock': async ({ Mutex }) => {
    const mutex = new Mutex();
    const release = await mutex.acquire();
    let unlocked = false;
    void mutex.waitForUnlock().then(() => (unlocked = true));
    await settle();
    const before = unlocked;
    release();
    await settle();
    return [before, unlocked, mutex.isLocked()];
  },
};

describe('async-mutex shim matches async-mutex', () => {
  test.each(Object.keys(scenarios))('%s', async (name) => {
    const scenario = scenarios[name];
    if (scenario === undefined) throw new Error(name);
    const expected = await scenario(real);
    await expect(scenario(shim)).resolves.toEqual(expected);
  });
});
