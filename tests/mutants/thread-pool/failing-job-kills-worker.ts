// expect: violation
// Bug: each worker's loop sits inside one try/catch: a failing job's error rejects its own promise, as it
// should, but it also ends the loop, so the worker is gone. The pool goes on with one worker fewer: with 1
// worker, the jobs queued behind a failing one never run and shutdown() finds no worker left to wait for;
// with 2, the survivor runs everything alone while the other worker's place stays empty.
import { Condition } from '@kit';

export type Job<T> = () => Promise<T>;

interface Entry {
  readonly job: Job<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

export class ThreadPool {
  private readonly queue: Entry[] = [];
  private readonly changed = new Condition(undefined, 'queue changed');
  private closed = false;
  private readonly done: Promise<unknown>;

  constructor(readonly workers: number) {
    this.done = Promise.all(Array.from({ length: workers }, () => this.work()));
  }

  private async work(): Promise<void> {
    let current: Entry | undefined;
    try {
      for (;;) {
        await this.changed.acquire();
        try {
          await this.changed.waitFor(() => this.queue.length > 0 || this.closed);
          current = this.queue.shift();
        } finally {
          this.changed.release();
        }
        if (current === undefined) return;
        current.resolve(await current.job());
      }
    } catch (error) {
      current?.reject(error);
    }
  }

  submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the pool is shut down'));
    const promise = new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: (value) => resolve(value as T), reject });
    });
    void this.wakeOne();
    return promise;
  }

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
