// expect: violation
// Bug: the dispatcher starts a job while `running <= workers`, one comparison off: a pool of k workers runs
// k + 1 jobs at once. Any case with more jobs than workers shows it: with 1 worker and 2 jobs submitted
// together, both start at once.
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
    while (this.queue.length > 0 && this.running <= this.workers) {
      this.running += 1;
      const start = this.queue.shift() as () => void;
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
