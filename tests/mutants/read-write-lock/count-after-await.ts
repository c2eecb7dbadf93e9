// expect: violation
// Bug: the reader checks that no writer is inside or waiting, then takes a lock "to protect the counter"
// before counting itself in. Taking that lock is an await: between the check and `readers += 1` a writer can
// ask, see no reader counted and no writer inside, and go in. The reader then counts itself in and reads
// beside the writer. Schedule: reader and writer start together; the reader passes its check and yields at
// countLock.acquire(); the writer runs to the end of acquireWrite(); the reader resumes and gets in.
import { Lock } from '@kit';

export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private writersWaiting = 0;
  private readonly countLock = new Lock('countLock');
  private waiters: Array<() => void> = [];

  private changed(): Promise<void> {
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private wakeAll(): void {
    const woken = this.waiters;
    this.waiters = [];
    for (const wake of woken) wake();
  }

  async acquireRead(): Promise<void> {
    while (this.writing || this.writersWaiting > 0) await this.changed();
    await this.countLock.acquire();
    this.readers += 1;
    this.countLock.release();
  }

  releaseRead(): void {
    this.readers -= 1;
    this.wakeAll();
  }

  async acquireWrite(): Promise<void> {
    this.writersWaiting += 1;
    while (this.writing || this.readers > 0) await this.changed();
    this.writersWaiting -= 1;
    this.writing = true;
  }

  releaseWrite(): void {
    this.writing = false;
    this.wakeAll();
  }
}
