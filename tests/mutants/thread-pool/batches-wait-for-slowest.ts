// expect: violation
// Bug: the pool runs jobs in batches: it starts up to k waiting jobs, waits for the whole batch with
// Promise.allSettled, then starts the next. Never more than k at once, every job once, in order, and yet a
// worker whose job ended early idles until the slowest job of its batch is done. With 2 workers and jobs of
// 4, 2 and 1 ms submitted together, the first batch is job 1 alone (the drain starts inside the first
// submit, before job 2 arrives), so job 2 waits from t=0 to t=4 while the second worker has nothing to do.
export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly queue: Array<() => Promise<void>> = [];
  private draining: Promise<void> | undefined;
  private closed = false;

  constructor(readonly workers: number) {}

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    const promise = new Promise<T>((resolve, reject) => {
      this.queue.push(() => job().then(resolve, reject));
    });
    this.draining ??= this.drain();
    return promise;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.workers);
      await Promise.allSettled(batch.map((start) => start()));
    }
    this.draining = undefined;
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await this.draining;
  }
}
