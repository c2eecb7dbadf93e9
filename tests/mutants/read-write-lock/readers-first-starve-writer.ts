// expect: violation
// Bug: the textbook "first readers-writers" solution: a light switch (the first reader in takes the room,
// the last reader out frees it) and nothing else. While any reader is inside, new readers walk straight in,
// so a writer waits until the readers happen to leave all at once: with a stream of overlapping readers,
// never. Schedule: reader 1 reads, the writer asks and waits for the room, reader 3 asks and gets in at once,
// ahead of the waiting writer.
import { Lock, Semaphore } from '@kit';

export class ReadWriteLock {
  private readers = 0;
  private readonly roomEmpty = new Semaphore(1, 'roomEmpty');
  private readonly switchLock = new Lock('switchLock');

  async acquireRead(): Promise<void> {
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
    if (this.readers === 0) this.roomEmpty.release();
  }

  async acquireWrite(): Promise<void> {
    await this.roomEmpty.acquire();
  }

  releaseWrite(): void {
    this.roomEmpty.release();
  }
}
