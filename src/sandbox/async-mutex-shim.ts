import type { MutexInterface, SemaphoreInterface } from 'async-mutex';
import { UsageError } from '../kit/errors';
import { defaultName } from '../kit/names';
import { scheduling } from '../kit/scheduling';
import { sleep } from '../kit/sleep';
import { WaitQueue } from '../kit/wait-queue';

/**
 * What `import ... from 'async-mutex'` gives learner code inside the explorer: the same API (0.5), built on
 * the kit's wait queue so every acquire is a scheduling point the explorer controls, and timeouts run on its
 * virtual clock. Semantics follow async-mutex: FIFO, weighted acquires block the queue head-first,
 * releasers are idempotent, `cancel` rejects waiters. Priorities are not supported (a clear error says so).
 */

export const E_TIMEOUT = new Error('timeout while waiting for mutex to become available');
export const E_ALREADY_LOCKED = new Error('mutex already locked');
export const E_CANCELED = new Error('request for lock canceled');

function checkWeight(weight: number): void {
  if (weight <= 0) throw new Error(`invalid weight ${weight}: must be positive`);
}

function checkPriority(priority: number): void {
  if (priority !== 0) throw new UsageError('async-mutex priorities are not supported by the kata explorer; use priority 0');
}

export class Semaphore implements SemaphoreInterface {
  /** Queued acquires: the weight each asks for, and the value it is handed (async-mutex reports that value). */
  private readonly queue: WaitQueue<{ readonly weight: number; granted?: number }>;
  private readonly unlockWaiters: WaitQueue;

  /** `name` is ours, not async-mutex's: it labels the semaphore in failure pictures. */
  constructor(
    private value: number,
    private readonly cancelError: Error = E_CANCELED,
    private readonly name = defaultName('Semaphore'),
  ) {
    this.queue = new WaitQueue(`acquire ${this.name}`);
    this.unlockWaiters = new WaitQueue(`waitForUnlock ${this.name}`);
  }

  async acquire(weight = 1, priority = 0): Promise<[number, SemaphoreInterface.Releaser]> {
    checkWeight(weight);
    checkPriority(priority);
    // As in async-mutex, the permit is taken (or the request queued) synchronously, before the await yields.
    const taken = this.tryTake(weight);
    if (taken !== undefined) {
      await scheduling().point(`took ${this.name}`);
      return taken;
    }
    const request: { readonly weight: number; granted?: number } = { weight };
    await this.queue.enter(request).promise; // invariant: dispatch() subtracted our weight before waking us
    return [request.granted ?? 0, this.releaser(weight)];
  }

  /** Takes `weight` at once if nobody queues and enough is left; undefined otherwise (for tryAcquire). */
  tryTake(weight = 1): [number, SemaphoreInterface.Releaser] | undefined {
    if (this.queue.size > 0 || weight > this.value) return undefined;
    const before = this.value;
    this.value -= weight;
    return [before, this.releaser(weight)];
  }

  async runExclusive<T>(callback: SemaphoreInterface.Worker<T>, weight = 1, priority = 0): Promise<T> {
    const [value, release] = await this.acquire(weight, priority);
    try {
      return await callback(value);
    } finally {
      release();
    }
  }

  async waitForUnlock(weight = 1, priority = 0): Promise<void> {
    checkWeight(weight);
    checkPriority(priority);
    if (this.queue.size === 0 && weight <= this.value) await scheduling().point(`waitForUnlock ${this.name}`);
    while (this.queue.size > 0 || weight > this.value) await this.unlockWaiters.wait();
  }

  isLocked(): boolean {
    return this.value <= 0;
  }

  getValue(): number {
    return this.value;
  }

  setValue(value: number): void {
    this.value = value;
    this.dispatch();
  }

  release(weight = 1): void {
    checkWeight(weight);
    this.value += weight;
    this.dispatch();
  }

  cancel(): void {
    this.queue.failAll(this.cancelError);
  }

  /** Hands permits to waiters head-first while the head's weight fits, then lets waitForUnlock re-check. */
  private dispatch(): void {
    for (let head = this.queue.headTag(); head !== undefined && head.weight <= this.value; head = this.queue.headTag()) {
      head.granted = this.value;
      this.value -= head.weight;
      this.queue.wakeOne();
    }
    this.unlockWaiters.wakeAll();
  }

  private releaser(weight: number): SemaphoreInterface.Releaser {
    let called = false;
    return () => {
      if (called) return;
      called = true;
      this.release(weight);
    };
  }
}

export class Mutex implements MutexInterface {
  private readonly semaphore: Semaphore;

  constructor(cancelError?: Error) {
    this.semaphore = new Semaphore(1, cancelError, defaultName('Mutex'));
  }

  async acquire(priority = 0): Promise<MutexInterface.Releaser> {
    const [, releaser] = await this.semaphore.acquire(1, priority);
    return releaser;
  }

  /** For tryAcquire: the releaser if the mutex is free now. */
  tryTake(): MutexInterface.Releaser | undefined {
    return this.semaphore.tryTake(1)?.[1];
  }

  runExclusive<T>(callback: MutexInterface.Worker<T>, priority = 0): Promise<T> {
    return this.semaphore.runExclusive(() => callback(), 1, priority);
  }

  isLocked(): boolean {
    return this.semaphore.isLocked();
  }

  waitForUnlock(priority = 0): Promise<void> {
    return this.semaphore.waitForUnlock(1, priority);
  }

  release(): void {
    if (this.semaphore.isLocked()) this.semaphore.release();
  }

  cancel(): void {
    this.semaphore.cancel();
  }
}

type Sync = MutexInterface | SemaphoreInterface;
type Releaser = () => void;

/** How a wrapper acquires: `grant` asks the wrapped primitive, and `giveBack` undoes a grant nobody wants. */
type Acquirer = <T>(grant: () => Promise<T>, giveBack: (granted: T) => void) => Promise<T>;

/** Like async-mutex's: an acquire that has not succeeded after `timeout` ms (virtual ones) rejects. */
export function withTimeout(mutex: MutexInterface, timeout: number, timeoutError?: Error): MutexInterface;
export function withTimeout(semaphore: SemaphoreInterface, timeout: number, timeoutError?: Error): SemaphoreInterface;
export function withTimeout(sync: Sync, timeout: number, timeoutError: Error = E_TIMEOUT): Sync {
  // Race the grant against a sleep; a grant that arrives after the timeout is handed straight back.
  const race: Acquirer = (grant, giveBack) =>
    new Promise((resolve, reject) => {
      let timedOut = false;
      let granted = false;
      void sleep(timeout).then(() => {
        if (granted) return;
        timedOut = true;
        reject(timeoutError);
      });
      grant().then(
        (value) => {
          granted = true;
          if (timedOut) giveBack(value);
          else resolve(value);
        },
        (error: unknown) => {
          granted = true;
          if (!timedOut) reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  return wrap(sync, race);
}

/** Like async-mutex's: acquiring fails at once with `alreadyAcquiredError` if it would have to wait. */
export function tryAcquire(mutex: MutexInterface, alreadyAcquiredError?: Error): MutexInterface;
export function tryAcquire(semaphore: SemaphoreInterface, alreadyAcquiredError?: Error): SemaphoreInterface;
export function tryAcquire(sync: Sync, alreadyAcquiredError: Error = E_ALREADY_LOCKED): Sync {
  if (!(sync instanceof Mutex) && !(sync instanceof Semaphore)) {
    throw new UsageError('tryAcquire() under the kata explorer takes a Mutex or Semaphore from async-mutex');
  }
  return wrap(sync, undefined, async (weight) => {
    const taken = sync instanceof Mutex ? sync.tryTake() : sync.tryTake(weight);
    await scheduling().point('tryAcquire');
    if (taken === undefined) throw alreadyAcquiredError;
    return taken;
  });
}

/**
 * A view of `sync` whose acquires go through `acquirer` (a timeout race) or are replaced by `take`
 * (tryAcquire, which never waits); everything else is delegated.
 */
function wrap(sync: Sync, acquirer?: Acquirer, take?: (weight: number) => Promise<Releaser | [number, Releaser]>): Sync {
  const through: Acquirer = acquirer ?? ((grant) => grant());
  if (sync instanceof Mutex || !('getValue' in sync)) {
    const mutex = sync;
    const acquire = (priority?: number): Promise<Releaser> =>
      take === undefined ? through(() => mutex.acquire(priority), (release) => release()) : (take(1) as Promise<Releaser>);
    const view: MutexInterface = {
      acquire,
      runExclusive: async (callback, priority) => {
        const release = await acquire(priority);
        try {
          return await callback();
        } finally {
          release();
        }
      },
      waitForUnlock: (priority) => through(() => mutex.waitForUnlock(priority), () => undefined),
      isLocked: () => mutex.isLocked(),
      release: () => mutex.release(),
      cancel: () => mutex.cancel(),
    };
    return view;
  }
  const semaphore: SemaphoreInterface = sync;
  const acquire = (weight = 1, priority?: number): Promise<[number, Releaser]> =>
    take === undefined
      ? through(() => semaphore.acquire(weight, priority), ([, release]) => release())
      : (take(weight) as Promise<[number, Releaser]>);
  const view: SemaphoreInterface = {
    acquire,
    runExclusive: async (callback, weight, priority) => {
      const [value, release] = await acquire(weight, priority);
      try {
        return await callback(value);
      } finally {
        release();
      }
    },
    waitForUnlock: (weight, priority) => through(() => semaphore.waitForUnlock(weight, priority), () => undefined),
    isLocked: () => semaphore.isLocked(),
    getValue: () => semaphore.getValue(),
    setValue: (value) => semaphore.setValue(value),
    release: (weight) => semaphore.release(weight),
    cancel: () => semaphore.cancel(),
  };
  return view;
}
