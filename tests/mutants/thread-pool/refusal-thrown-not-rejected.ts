// expect: violation
// Bug: submit() is a plain function that refuses with `throw` once the pool is shut down. The statement
// says a submit after shutdown() rejects: the caller gets a promise and handles it like any other
// (`.catch`, Promise.allSettled over the submits); here the call itself throws, at the caller's site.
// Schedule: 2 workers, 3 jobs submitted together, the submitter starting late (at 15 ms, after shutdown() at
// 10 ms): its first submit() throws synchronously.
import { Semaphore } from '@kit';

export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly slots: Semaphore;
  private readonly unsettled = new Set<Promise<unknown>>();
  private closed = false;

  constructor(readonly workers: number) {
    this.slots = new Semaphore(workers, 'workers');
  }

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) throw new Error('the pool is shut down');
    const outcome = this.run(job);
    const done = outcome.then(
      () => undefined,
      () => undefined,
    );
    this.unsettled.add(done);
    void done.then(() => this.unsettled.delete(done));
    return outcome;
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
    await Promise.all([...this.unsettled]);
  }
}
