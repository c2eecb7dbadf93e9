/**
 * Plain promises, writer preference: the state is two counts and two lines of parked callers. A reader gets
 * in at once when no writer is inside and none waits; otherwise it parks. A writer gets in at once when
 * nobody is inside (and no writer waits before it); otherwise it parks. Whoever leaves hands the lock on
 * directly, so a woken caller is already inside and has nothing to re-check: the last reader out hands it
 * to the first waiting writer; a writer hands it to the next waiting writer if there is one, else lets every
 * waiting reader in at once.
 *
 * Invariant: writing implies readers === 0; parked readers exist only while a writer is inside or waits;
 * parked writers only while someone is inside.
 */
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

  /** The lock is free: give it to the first waiting writer, or else to every waiting reader. */
  private handOn(): void {
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
}
