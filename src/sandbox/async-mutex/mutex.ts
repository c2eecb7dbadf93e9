import type { MutexInterface } from 'async-mutex';
import { defaultName } from '../../kit/names';
import { nameShimObject } from './names';
import { Semaphore } from './semaphore';
import { resumesAtPoint } from './settle-at-point';

/** async-mutex 0.5's Mutex (lib/Mutex.js): a Semaphore of one permit, named `Mutex#n` in failure pictures. */
export class Mutex implements MutexInterface {
  private readonly semaphore: Semaphore;

  constructor(cancelError?: Error) {
    const name = defaultName('Mutex');
    this.semaphore = new Semaphore(1, cancelError, name);
    nameShimObject(this, name);
  }

  acquire(priority = 0): Promise<MutexInterface.Releaser> {
    return resumesAtPoint(this.acquiring(priority));
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

  /** The library's async acquire: its extra await keeps the library's microtask timing outside the explorer. */
  private async acquiring(priority: number): Promise<MutexInterface.Releaser> {
    const [, releaser] = await this.semaphore.acquire(1, priority);
    return releaser;
  }
}
