import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/** A job: an async function the pool calls with no arguments; its result is what submit() resolves to. */
export type Job<T> = () => Promise<T>;

/**
 * Thread Pool: run submitted jobs on at most `workers` workers, started in submission order, with no worker
 * idle while a job waits; a failing job rejects only its own submit(); shutdown() refuses new jobs and
 * resolves once every accepted job finished. Replace each `notImplemented(...)` line; keep the class name and
 * method signatures. Check your work with: npm run kata -- thread-pool
 */
export class ThreadPool {
  constructor(readonly workers: number) {}

  async submit<T>(job: Job<T>): Promise<T> {
    return notImplemented('ThreadPool.submit');
  }

  async shutdown(): Promise<void> {
    notImplemented('ThreadPool.shutdown');
  }
}
