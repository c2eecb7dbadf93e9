import { Semaphore } from '@kit';

export type Job<T> = () => Promise<T>;

/**
 * A semaphore of `workers` permits is the pool: each submit() takes a permit, runs its job, and gives the
 * permit back in a `finally`, so a failing job frees its worker like any other. The kit's semaphore is
 * FIFO-fair and takes (or queues for) a permit synchronously inside submit(), so permits go out in
 * submission order and a released permit goes straight to the longest waiter: no worker idles while a job
 * waits. shutdown() closes the door (later submits reject at once) and waits for every accepted job, kept
 * in a set until it settles.
 *
 * Invariant: jobs running + jobs holding a permit but not yet called ≤ workers.
 */
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
    try {
      return await job();
    } finally {
      this.slots.release();
    }
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.accepted]);
  }
}
