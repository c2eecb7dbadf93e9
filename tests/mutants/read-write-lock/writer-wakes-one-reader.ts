// expect: violation
// Bug: a leaving writer wakes only the first waiting reader (`shift()` where every waiting reader should
// go in). The others stay parked until that reader leaves and hands on to the next: readers that should
// read together take turns, and with a reader that never leaves they would wait forever. The spec does not
// wait for that: schedule: a writer is inside and three readers wait; the writer leaves and one reader
// reads; when it leaves, time has moved on with no writer around and two readers still waiting.
export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private readonly waitingReaders: Array<() => void> = [];
  private readonly waitingWriters: Array<() => void> = [];

  async acquireRead(): Promise<void> {
    if (!this.writing && this.waitingWriters.length === 0) {
      this.readers += 1;
      return;
    }
    await new Promise<void>((enter) => this.waitingReaders.push(enter));
  }

  releaseRead(): void {
    this.readers -= 1;
    if (this.readers === 0) this.handOn();
  }

  async acquireWrite(): Promise<void> {
    if (!this.writing && this.readers === 0 && this.waitingWriters.length === 0) {
      this.writing = true;
      return;
    }
    await new Promise<void>((enter) => this.waitingWriters.push(enter));
  }

  releaseWrite(): void {
    this.writing = false;
    this.handOn();
  }

  private handOn(): void {
    const writer = this.waitingWriters.shift();
    if (writer !== undefined) {
      this.writing = true;
      writer();
      return;
    }
    const reader = this.waitingReaders.shift();
    if (reader !== undefined) {
      this.readers += 1;
      reader();
    }
  }
}
