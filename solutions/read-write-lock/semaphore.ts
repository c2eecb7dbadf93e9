import { Lock, Semaphore } from '@kit';

/**
 * Three kit primitives, the "no-starve" design: `roomEmpty` (a semaphore of 1) is held by the writer inside,
 * or by the readers together; the first reader in takes it and the last reader out gives it back (a "light
 * switch", guarded by `switchLock` so that the other readers wait while the first one waits for the room).
 * `turnstile` (a lock) is passed through by every reader and held by a writer from the moment it asks until
 * it leaves: readers who come after a waiting writer queue behind it, and the kit's FIFO hand-over lets them
 * through in order once the writer is done.
 *
 * Invariant: roomEmpty is free, or held by exactly one writer, or held for the `readers` readers inside.
 */
export class ReadWriteLock {
  private readers = 0;
  private readonly roomEmpty = new Semaphore(1, 'roomEmpty');
  private readonly switchLock = new Lock('switchLock');
  private readonly turnstile = new Lock('turnstile');

  async acquireRead(): Promise<void> {
    await this.turnstile.acquire();
    this.turnstile.release();
    await this.switchLock.acquire();
    try {
      this.readers += 1;
      if (this.readers === 1) await this.roomEmpty.acquire(); // the first reader in claims the room for all
    } finally {
      this.switchLock.release();
    }
  }

  releaseRead(): void {
    this.readers -= 1;
    if (this.readers === 0) this.roomEmpty.release(); // the last reader out
  }

  async acquireWrite(): Promise<void> {
    await this.turnstile.acquire(); // readers who come now wait behind this writer
    await this.roomEmpty.acquire();
  }

  releaseWrite(): void {
    this.roomEmpty.release();
    this.turnstile.release();
  }
}
