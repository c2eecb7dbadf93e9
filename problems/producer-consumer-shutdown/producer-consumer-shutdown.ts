import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/** What put() throws once the queue is closed. */
export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

/**
 * Producer-Consumer Shutdown: a first-in-first-out queue of numbers that can be closed. put() adds an item
 * (and throws QueueClosedError once the queue is closed); get() hands out the next item, waiting while the
 * queue is empty and open, and resolves to undefined once the queue is closed and every item was handed out;
 * close() refuses further puts, keeps the items inside, and lets waiting consumers go once those are gone.
 * Replace each `notImplemented(...)` line; keep the class name and method signatures.
 * Check your work with: npm run kata -- producer-consumer-shutdown
 */
export class ClosableQueue {
  put(item: number): void {
    notImplemented('ClosableQueue.put');
  }

  async get(): Promise<number | undefined> {
    return notImplemented('ClosableQueue.get');
  }

  close(): void {
    notImplemented('ClosableQueue.close');
  }
}
