import { Condition } from '@kit';

export type Job<T> = () => Promise<T>;

interface Entry {
  readonly run: () => Promise<void>;
}

/**
 * Real workers: the constructor starts `workers` loops, each taking the oldest queued job under a condition's
 * lock, running it, and coming back for the next. A worker waits on the condition only while the queue is
 * empty and the pool open (`waitFor` re-checks after every wake-up), so no worker idles while a job waits.
 * Each queued entry settles its own submit() promise, catching the job's error: a failing job never reaches
 * the loop, so no worker dies. shutdown() closes the pool and wakes every worker; a worker leaves when the
 * queue is empty and the pool closed, and shutdown() resolves when the last one has left.
 *
 * Invariant: a job leaves the queue only in the step that calls it, oldest first.
 */
export class ThreadPool {
  private readonly queue: Entry[] = [];
  private readonly changed = new Condition(undefined, 'queue changed');
  private closed = false;
  private readonly done: Promise<unknown>;

  constructor(readonly workers: number) {
    this.done = Promise.all(Array.from({ length: workers }, () => this.work()));
  }

  private async work(): Promise<void> {
    for (;;) {
      await this.changed.acquire();
      let entry: Entry | undefined;
      try {
        await this.changed.waitFor(() => this.queue.length > 0 || this.closed);
        entry = this.queue.shift();
      } finally {
        this.changed.release();
      }
      if (entry === undefined) return; // closed and nothing left
      await entry.run();
    }
  }

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    const promise = new Promise<T>((resolve, reject) => {
      this.queue.push({
        run: () => job().then(resolve, reject),
      });
    });
    void this.wakeOne();
    return promise;
  }

  /** notify() needs the lock; the job is queued already, so a worker that finds it first is just as good. */
  private async wakeOne(): Promise<void> {
    await this.changed.acquire();
    this.changed.notify();
    this.changed.release();
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await this.changed.acquire();
    this.changed.notifyAll();
    this.changed.release();
    await this.done;
  }
}
