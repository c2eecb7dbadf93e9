// Idiom: the turnstile design with async-mutex. A Mutex is the turnstile, held by a writer from the moment
// it asks until it leaves; readers pass through it, so they queue behind a waiting writer. A Semaphore of 1
// is the room: the writer inside holds it, or the readers together (the first in takes it, the last out
// gives it back), and a second Mutex makes later readers wait while the first one waits for the room.
import { Mutex, Semaphore } from 'async-mutex';

export class ReadWriteLock {
  private readers = 0;
  private readonly turnstile = new Mutex();
  private readonly switchLock = new Mutex();
  private readonly room = new Semaphore(1);

  async acquireRead(): Promise<void> {
    await this.turnstile.waitForUnlock();
    await this.switchLock.runExclusive(async () => {
      this.readers += 1;
      if (this.readers === 1) await this.room.acquire();
    });
  }

  releaseRead(): void {
    this.readers -= 1;
    if (this.readers === 0) this.room.release();
  }

  async acquireWrite(): Promise<void> {
    await this.turnstile.acquire();
    await this.room.acquire();
  }

  releaseWrite(): void {
    this.room.release();
    this.turnstile.release();
  }
}
