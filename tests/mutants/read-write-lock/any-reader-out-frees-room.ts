// expect: violation
// Bug: every reader that leaves gives the room back, not only the last one. With two readers inside and a
// writer waiting, the first reader to leave hands the room to the writer, which writes while the other
// reader is still reading. Schedule: readers 1 and 2 read, the writer asks and waits, reader 1 leaves.
import { Lock, Semaphore } from '@kit';

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
      if (this.readers === 1) await this.roomEmpty.acquire();
    } finally {
      this.switchLock.release();
    }
  }

  releaseRead(): void {
    this.readers -= 1;
    if (this.roomEmpty.value === 0) this.roomEmpty.release();
  }

  async acquireWrite(): Promise<void> {
    await this.turnstile.acquire();
    await this.roomEmpty.acquire();
  }

  releaseWrite(): void {
    this.roomEmpty.release();
    this.turnstile.release();
  }
}
