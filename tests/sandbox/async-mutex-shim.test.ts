import * as fc from 'fast-check';
import * as real from 'async-mutex';
import * as shim from '../../src/sandbox/async-mutex-shim';
import { type Library, record, scriptArbitrary, settle, type StepDriver, withFakeTime } from './async-mutex-script';

/**
 * The shim must be the library: the same scenarios and random scripts run against both (outside the explorer
 * the shim is free-running, like the real package) and must give the same results, microtask order included.
 * Time is jest's fake clock (see withFakeTime). async-mutex-explorer.test.ts runs the same scripts with the
 * shim under the explorer.
 */
const libraries: Record<'real' | 'shim', Library> = { real, shim };

type Scenario = (lib: Library, time: StepDriver) => Promise<unknown[]>;

/** What a settled promise came to, in words that do not depend on which library made it. */
async function outcomeOf(lib: Library, promise: Promise<unknown>): Promise<string> {
  try {
    const value = await promise;
    return Array.isArray(value) ? `value ${String(value[0])}` : 'resolved';
  } catch (error) {
    if (error === lib.E_CANCELED) return 'E_CANCELED';
    if (error === lib.E_TIMEOUT) return 'E_TIMEOUT';
    if (error === lib.E_ALREADY_LOCKED) return 'E_ALREADY_LOCKED';
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

/** Records the order in which promises settle. */
function tracker(lib: Library): { log: string[]; watch: (name: string, promise: Promise<unknown>) => void } {
  const log: string[] = [];
  return {
    log,
    watch: (name, promise) => {
      void outcomeOf(lib, promise).then((outcome) => log.push(`${name}: ${outcome}`));
    },
  };
}

function thrown(action: () => unknown): string {
  try {
    action();
    return 'no throw';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const scenarios: Record<string, Scenario> = {
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
  'cancel rejects waiters with E_CANCELED, or the error given to the constructor': async (lib) => {
    const mutex = new lib.Mutex();
    const custom = new Error('custom cancel');
    const semaphore = new lib.Semaphore(0, custom);
    await mutex.acquire();
    const { log, watch } = tracker(lib);
    watch('mutex waiter', mutex.acquire());
    watch('semaphore waiter', semaphore.acquire());
    mutex.cancel();
    semaphore.cancel();
    await settle();
    return [...log, mutex.isLocked()];
  },
  'priorities: higher first, FIFO within a priority, whatever the arrival order': async (lib) => {
    const mutex = new lib.Mutex();
    const release = await mutex.acquire();
    const order: string[] = [];
    const enter = (name: string, priority: number): void => {
      void mutex.acquire(priority).then((done) => {
        order.push(name);
        done();
      });
    };
    enter('low a', 0);
    enter('high a', 5);
    enter('low b', 0);
    enter('negative', -1);
    enter('high b', 5);
    release();
    await settle();
    return order;
  },
  'a newcomer above every waiter\'s priority skips the queue when its weight fits': async (lib) => {
    const semaphore = new lib.Semaphore(1);
    const { log, watch } = tracker(lib);
    watch('heavy, priority 0', semaphore.acquire(2, 0)); // queued: does not fit
    watch('light, priority 1', semaphore.acquire(1, 1)); // fits, and nobody of priority >= 1 waits
    watch('light, priority 0', semaphore.acquire(1, 0)); // queued behind the heavy one
    await settle();
    return [...log, semaphore.getValue()];
  },
  'a waiting acquire that does not fit holds up lower priorities, not higher ones': async (lib) => {
    const semaphore = new lib.Semaphore(0);
    const { log, watch } = tracker(lib);
    watch('heavy, priority 1', semaphore.acquire(3, 1));
    watch('light, priority 0', semaphore.acquire(1, 0));
    watch('light, priority 2', semaphore.acquire(1, 2));
    semaphore.release(2);
    await settle();
    semaphore.release(2);
    await settle();
    return [...log, semaphore.getValue()];
  },
  'waitForUnlock: per weight, and only above the priority of the first queued acquire': async (lib) => {
    const semaphore = new lib.Semaphore(0);
    const { log, watch } = tracker(lib);
    watch('acquire 2 at priority 1', semaphore.acquire(2, 1));
    watch('unlock 1 at priority 0', semaphore.waitForUnlock(1, 0));
    watch('unlock 1 at priority 2', semaphore.waitForUnlock(1, 2));
    watch('unlock 3 at priority 5', semaphore.waitForUnlock(3, 5));
    semaphore.release(1); // value 1: the head (weight 2) does not fit; only priority > 1 of weight <= 1 drains
    await settle();
    log.push('-- value 1');
    semaphore.setValue(5); // the acquire takes 2 (value 3); weight 3 fits; the priority-0 waiter drains once the queue is empty
    await settle();
    return [...log, semaphore.getValue()];
  },
  'waitForUnlock above the head\'s priority passes at once': async (lib) => {
    const semaphore = new lib.Semaphore(1);
    const { log, watch } = tracker(lib);
    watch('queued acquire of 2', semaphore.acquire(2, 0));
    watch('unlock 1 at priority 1', semaphore.waitForUnlock(1, 1));
    watch('unlock 1 at priority 0', semaphore.waitForUnlock(1, 0));
    await settle();
    return log;
  },
  'release with a weight, setValue, and a free Mutex released': async (lib) => {
    const semaphore = new lib.Semaphore(0);
    const mutex = new lib.Mutex();
    const { log, watch } = tracker(lib);
    for (const name of ['a', 'b', 'c']) watch(name, semaphore.acquire());
    semaphore.release(2);
    await settle();
    semaphore.setValue(-1);
    log.push(`value ${semaphore.getValue()}, locked ${String(semaphore.isLocked())}`);
    semaphore.setValue(2);
    await settle();
    mutex.release();
    mutex.release();
    return [...log, semaphore.getValue(), mutex.isLocked()];
  },
  'invalid weights throw at the call, except in runExclusive': async (lib) => {
    const semaphore = new lib.Semaphore(1);
    const timed = lib.withTimeout(semaphore, 10);
    return [
      thrown(() => semaphore.acquire(0)),
      thrown(() => semaphore.waitForUnlock(-1)),
      thrown(() => semaphore.release(0)),
      thrown(() => timed.acquire(0)),
      thrown(() => timed.waitForUnlock(-2)),
      await outcomeOf(lib, semaphore.runExclusive(() => 1, 0)),
      semaphore.getValue(),
    ];
  },
  'tryAcquire fails on a locked mutex, when its 0 ms timer fires': async (lib, time) => {
    const mutex = new lib.Mutex();
    const release = await lib.tryAcquire(mutex).acquire();
    const { log, watch } = tracker(lib);
    watch('second', lib.tryAcquire(mutex).acquire());
    await settle();
    log.push('-- before the timer');
    await time.advance(1);
    release(); // the failed tryAcquire is still queued: it takes the mutex and gives it back
    await settle();
    return [...log, mutex.isLocked()];
  },
  'tryAcquire succeeds if the lock is released before its timer fires': async (lib, time) => {
    const mutex = new lib.Mutex();
    const release = await mutex.acquire();
    const { log, watch } = tracker(lib);
    watch('try', lib.tryAcquire(mutex).acquire());
    release();
    await time.advance(1);
    return [...log, mutex.isLocked()];
  },
  'withTimeout: a timed-out acquire keeps its place, then gives the permits back': async (lib, time) => {
    const semaphore = new lib.Semaphore(0);
    const { log, watch } = tracker(lib);
    watch('timed, weight 2', lib.withTimeout(semaphore, 5).acquire(2));
    watch('plain, weight 1', semaphore.acquire(1));
    semaphore.release(1); // the timed one is the head and does not fit: the plain one waits behind it
    await time.advance(5);
    log.push(`-- t=5, value ${semaphore.getValue()}`);
    semaphore.release(1); // now the timed-out one fits, takes 2 and gives them back; the plain one gets 1
    await settle();
    return [...log, semaphore.getValue()];
  },
  'withTimeout in time, with a custom error, and its waitForUnlock': async (lib, time) => {
    const mutex = new lib.Mutex();
    const custom = new Error('too slow');
    const release = await mutex.acquire();
    const { log, watch } = tracker(lib);
    watch('in time', lib.withTimeout(mutex, 10).acquire());
    watch('custom error', lib.withTimeout(mutex, 3, custom).acquire());
    watch('unlock too late', lib.withTimeout(mutex, 2).waitForUnlock());
    watch('unlock in time', lib.withTimeout(mutex, 20).waitForUnlock());
    await time.advance(4);
    release();
    await time.advance(1);
    return [...log, mutex.isLocked()];
  },
  'withTimeout runExclusive, and a view of a Mutex that looks like a Semaphore': async (lib) => {
    const mutex = new lib.Mutex();
    const view = lib.withTimeout(mutex, 10);
    const seen = await view.runExclusive(() => `locked inside: ${String(mutex.isLocked())}`);
    const twice = lib.withTimeout(view, 10); // sees getValue, so reads the Mutex's priority as a weight
    return [
      seen,
      mutex.isLocked(),
      thrown(() => (view as unknown as real.SemaphoreInterface).getValue()),
      thrown(() => twice.acquire(0)),
      await outcomeOf(lib, twice.acquire(2).then((release) => release())),
      mutex.isLocked(),
    ];
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
    const expected = await withFakeTime((time) => scenario(real, time));
    await expect(withFakeTime((time) => scenario(shim, time))).resolves.toEqual(expected);
  });

  test('the error constants are the package\'s own objects', () => {
    expect([shim.E_TIMEOUT, shim.E_ALREADY_LOCKED, shim.E_CANCELED]).toEqual([real.E_TIMEOUT, real.E_ALREADY_LOCKED, real.E_CANCELED]);
    expect(shim.E_TIMEOUT).toBe(real.E_TIMEOUT);
    expect(shim.E_ALREADY_LOCKED).toBe(real.E_ALREADY_LOCKED);
    expect(shim.E_CANCELED).toBe(real.E_CANCELED);
  });
});

/** Random scripts: how many, and a fixed seed so that every run of the suite checks the same ones. */
const RANDOM_SCRIPTS = 1000;

describe('random scripts of operations give the same recording, microtask order included', () => {
  test(`${RANDOM_SCRIPTS} scripts`, async () => {
    await fc.assert(
      fc.asyncProperty(scriptArbitrary, async (script) => {
        const expected = await withFakeTime((driver) => record(libraries.real, script, driver));
        const actual = await withFakeTime((driver) => record(libraries.shim, script, driver));
        expect(actual).toEqual(expected);
      }),
      { numRuns: RANDOM_SCRIPTS, seed: 20_260_109 },
    );
  });
});
