// expect: violation
// Bug: waiting jobs are kept on a stack: the dispatcher takes the newest with `pop()` instead of the oldest
// with `shift()`, so jobs start last in, first out. With 1 worker and 3 jobs submitted together, job 1
// starts at once and job 3 starts before job 2 when job 1 ends.
export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly queue: Array<() => void> = [];
  private running = 0;
  private closed = false;
  private idle: (() => void) | undefined;

  constructor(readonly workers: number) {}

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        job()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            this.pump();
          });
      });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && this.running < this.workers) {
      this.running += 1;
      const start = this.queue.pop() as () => void;
      start();
    }
    if (this.closed && this.queue.length === 0 && this.running === 0) this.idle?.();
  }

  shutdown(): Promise<void> {
    this.closed = true;
    return new Promise<void>((resolve) => {
      this.idle = resolve;
      this.pump();
    });
  }
}
