export type Job<T> = () => Promise<T>;

/**
 * A dispatcher in plain promises: a queue of thunks waiting for a worker and a count of jobs running.
 * `pump` starts queued jobs, oldest first, while a worker is free; every job, however it ends, frees its
 * worker and pumps again in the same step, so a waiting job starts the moment a worker frees. The job's
 * outcome settles only its own submit() promise. shutdown() closes the door and resolves when the queue is
 * empty and nothing runs (at once if the pool is idle).
 *
 * Invariant: running ≤ workers, and a job waits only while running = workers.
 */
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
