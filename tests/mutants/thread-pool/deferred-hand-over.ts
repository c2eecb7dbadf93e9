// expect: violation
// Bug: a worker that finishes hands its slot to the next waiting job one microtask later (queueMicrotask),
// but submit() starts a job at once whenever fewer than k are running. A submit that comes in between, at the
// instant a job ends, takes the free slot ahead of a job that has been waiting: jobs no longer start in
// submission order.
export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly waiting: Array<() => void> = [];
  private running = 0;
  private closed = false;
  private readonly whenIdle: Array<() => void> = [];

  constructor(private readonly workers: number) {}

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.running += 1;
        void job()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            queueMicrotask(() => this.next());
          });
      };
      if (this.running < this.workers) start();
      else this.waiting.push(start);
    });
  }

  shutdown(): Promise<void> {
    this.closed = true;
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.whenIdle.push(resolve));
  }

  private next(): void {
    if (this.running < this.workers) this.waiting.shift()?.();
    if (this.running === 0 && this.waiting.length === 0) for (const resolve of this.whenIdle.splice(0)) resolve();
  }
}
