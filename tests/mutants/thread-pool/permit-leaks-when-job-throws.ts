// expect: deadlock
// Bug: the permit is given back after `await job()`, not in a `finally`: a job that throws skips the
// release, and its worker is lost for good. With 1 worker, the first job fails and the two jobs behind it
// wait for a permit that never comes back (with more workers, the pool shrinks by one per failure).
import { Semaphore } from '@kit';

export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly slots: Semaphore;
  private readonly accepted = new Set<Promise<unknown>>();
  private closed = false;

  constructor(readonly workers: number) {
    this.slots = new Semaphore(workers, 'workers');
  }

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    const result = this.run(job);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.accepted.add(settled);
    void settled.then(() => this.accepted.delete(settled));
    return result;
  }

  private async run<T>(job: Job<T>): Promise<T> {
    await this.slots.acquire();
    const result = await job();
    this.slots.release();
    return result;
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.accepted]);
  }
}
