// expect: violation
// Bug: shutdown() waits with `Promise.all` over the submit() promises themselves. A failing job rejects
// its promise, so Promise.all rejects at once: shutdown() fails with that job's error while the other
// accepted jobs still run or wait. Shows when shutdown() is called with a failed job among unfinished ones.
import { Semaphore } from '@kit';

export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly slots: Semaphore;
  private readonly accepted: Array<Promise<unknown>> = [];
  private closed = false;

  constructor(readonly workers: number) {
    this.slots = new Semaphore(workers, 'workers');
  }

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    const result = this.run(job);
    this.accepted.push(result);
    return result;
  }

  private async run<T>(job: Job<T>): Promise<T> {
    await this.slots.acquire();
    try {
      return await job();
    } finally {
      this.slots.release();
    }
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await Promise.all(this.accepted);
  }
}
