// expect: deadlock
// Bug: a leaving writer hands the lock to the next waiting writer, but when none waits it only clears its
// flag: it forgets the readers parked behind it (the author counted on "the last reader out" to wake them,
// but no reader is inside to leave). Schedule: a writer is inside and three readers wait; the writer leaves,
// nobody wakes the readers, and they wait forever.
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
    if (this.readers > 0) return;
    const writer = this.waitingWriters.shift();
    if (writer !== undefined) {
      this.writing = true;
      writer();
      return;
    }
    const readers = this.waitingReaders.splice(0);
    this.readers += readers.length;
    for (const reader of readers) reader();
  }

  async acquireWrite(): Promise<void> {
    if (!this.writing && this.readers === 0 && this.waitingWriters.length === 0) {
      this.writing = true;
      return;
    }
    await new Promise<void>((enter) => this.waitingWriters.push(enter));
  }

  releaseWrite(): void {
    const writer = this.waitingWriters.shift();
    if (writer !== undefined) {
      writer(); // the next writer goes in: `writing` stays true
      return;
    }
    this.writing = false;
  }
}
