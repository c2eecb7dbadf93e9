// expect: violation
// Bug: shutdown() waits for the jobs running at that moment, not for those still queued behind them. With
// 1 worker, shutdown() called while job 1 runs and jobs 2 and 3 wait resolves when job 1 ends, while job 2
// has just started and job 3 has not.
import { Semaphore } from '@kit';

export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly slots: Semaphore;
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  constructor(readonly workers: number) {
    this.slots = new Semaphore(workers, 'workers');
  }

  async submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) throw new Error('the pool is shut down');
    await this.slots.acquire();
    const result = job();
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    try {
      return await result;
    } finally {
      this.running.delete(settled);
      this.slots.release();
    }
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.running]);
  }
}
