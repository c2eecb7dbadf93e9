// expect: violation
// Bug: readers make way for waiting writers (writer preference), but check only the count of writers
// *waiting*, which a writer leaves when it gets in. So a reader who asks while a writer is inside, with no
// other writer waiting, walks in and reads while the writer writes. Schedule: the writer gets in first, then
// the reader asks.
export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private writersWaiting = 0;
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
    while (this.writersWaiting > 0) await this.changed();
    this.readers += 1;
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
