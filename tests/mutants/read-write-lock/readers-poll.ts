// expect: violation
// Bug: waiting readers poll ("is the writer gone yet?") every millisecond with `node:timers/promises` instead
// of being woken when the last writer leaves. Nothing goes wrong inside the lock, but a reader gets in a
// timer's length after the writer left, not at once; in real Node, 1 to 3 ms late almost every time.
import { setTimeout as sleep } from 'node:timers/promises';

export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private writersWaiting = 0;
  private readonly writerLine: Array<() => void> = [];

  async acquireRead(): Promise<void> {
    while (this.writing || this.writersWaiting > 0) await sleep(1);
    this.readers += 1;
  }

  releaseRead(): void {
    this.readers -= 1;
    this.admitWriter();
  }

  acquireWrite(): Promise<void> {
    if (!this.writing && this.readers === 0 && this.writerLine.length === 0) {
      this.writing = true;
      return Promise.resolve();
    }
    this.writersWaiting += 1;
    return new Promise((resolve) => this.writerLine.push(resolve));
  }

  releaseWrite(): void {
    this.writing = false;
    this.admitWriter();
  }

  private admitWriter(): void {
    const next = this.writerLine.shift();
    if (this.writing || this.readers > 0 || next === undefined) {
      if (next !== undefined) this.writerLine.unshift(next);
      return;
    }
    this.writing = true;
    this.writersWaiting -= 1;
    next();
  }
}
