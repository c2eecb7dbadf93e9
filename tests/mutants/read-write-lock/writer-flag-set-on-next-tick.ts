// expect: violation
// Bug: a writer that finds the lock free marks itself inside only in a process.nextTick callback; a reader whose
// continuation runs in the same microtask drain (reader and writer woken by the same promise, writer first)
// finds no writer and gets in too: reader and writer inside together.
export class ReadWriteLock {
  private readers = 0;
  private writer = false;
  private writersWaiting = 0;
  private readonly waitingReaders: Array<() => void> = [];
  private readonly waitingWriters: Array<() => void> = [];

  async acquireRead(): Promise<void> {
    if (!this.writer && this.writersWaiting === 0) {
      this.readers += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waitingReaders.push(resolve));
  }

  releaseRead(): void {
    this.readers -= 1;
    if (this.readers === 0) this.wakeWriter();
  }

  async acquireWrite(): Promise<void> {
    if (!this.writer && this.readers === 0 && this.writersWaiting === 0) {
      // The caller owns it from the end of this tick on (the flag is set "after the current callback").
      process.nextTick(() => {
        this.writer = true;
      });
      return;
    }
    this.writersWaiting += 1;
    await new Promise<void>((resolve) => this.waitingWriters.push(resolve));
  }

  releaseWrite(): void {
    this.writer = false;
    if (this.waitingWriters.length > 0) this.wakeWriter(); // writer preference
    else this.wakeReaders();
  }

  private wakeWriter(): void {
    const next = this.waitingWriters.shift();
    if (next === undefined) return;
    this.writersWaiting -= 1;
    this.writer = true;
    next();
  }

  private wakeReaders(): void {
    const all = this.waitingReaders.splice(0);
    this.readers += all.length;
    for (const r of all) r();
  }
}
