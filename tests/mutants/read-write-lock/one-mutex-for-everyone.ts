// expect: violation
// Bug: one plain lock for readers and writers alike. Safe and starvation-free, but readers take turns: with
// two readers who want in at the same time, the second waits at acquireRead() until the first leaves,
// although no writer is anywhere near. The spec sees the second reader still waiting when the first leaves.
import { Lock } from '@kit';

export class ReadWriteLock {
  private readonly lock = new Lock('rw');

  async acquireRead(): Promise<void> {
    await this.lock.acquire();
  }

  releaseRead(): void {
    this.lock.release();
  }

  async acquireWrite(): Promise<void> {
    await this.lock.acquire();
  }

  releaseWrite(): void {
    this.lock.release();
  }
}
