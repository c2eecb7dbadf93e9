import { Semaphore } from 'async-mutex';

export type Job<T> = () => Promise<T>;

/**
 * async-mutex's Semaphore as the pool: `runExclusive` holds one of `workers` permits while the job runs and
 * releases it however the job ends. shutdown() waits for a counter of unsettled jobs to reach zero.
 */
export class ThreadPool {
  private readonly slots: Semaphore;
  private pending = 0;
  private closed = false;
  private drained: (() => void) | undefined;

  constructor(readonly workers: number) {
    this.slots = new Semaphore(workers);
  }

  async submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) throw new Error('the pool is shut down');
    this.pending += 1;
    try {
      return await this.slots.runExclusive(job);
    } finally {
      this.pending -= 1;
      if (this.pending === 0) this.drained?.();
    }
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    if (this.pending === 0) return;
    await new Promise<void>((resolve) => (this.drained = resolve));
  }
}
