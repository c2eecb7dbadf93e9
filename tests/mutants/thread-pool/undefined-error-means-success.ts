// expect: violation
// Bug: a worker runs the job inside try/catch, keeps what it caught in `error`, and decides afterwards with
// `error === undefined ? resolve(value) : reject(error)`. Any value can be thrown, undefined too: a job that
// throws undefined leaves `error` as it was, and its submit() resolves (with undefined) instead of
// rejecting. Schedule: 2 workers, job 1 throws undefined after 2 ms: submit(job 1) resolves with undefined.
export type Job<T> = () => Promise<T>;

interface Waiting {
  readonly job: Job<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

export class ThreadPool {
  private readonly queue: Waiting[] = [];
  private running = 0;
  private closed = false;
  private drained: (() => void) | undefined;

  constructor(readonly workers: number) {}

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
      this.startWaiting();
    });
  }

  shutdown(): Promise<void> {
    this.closed = true;
    if (this.queue.length === 0 && this.running === 0) return Promise.resolve();
    return new Promise<void>((resolve) => (this.drained = resolve));
  }

  private startWaiting(): void {
    while (this.running < this.workers && this.queue.length > 0) {
      this.running += 1;
      void this.work(this.queue.shift() as Waiting);
    }
  }

  private async work(entry: Waiting): Promise<void> {
    let value: unknown;
    let error: unknown;
    try {
      value = await entry.job();
    } catch (caught) {
      error = caught;
    }
    if (error === undefined) entry.resolve(value);
    else entry.reject(error);
    this.running -= 1;
    this.startWaiting();
    if (this.closed && this.queue.length === 0 && this.running === 0) this.drained?.();
  }
}
