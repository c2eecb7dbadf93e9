import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Bounded Blocking Queue: a first-in-first-out queue holding at most `capacity` numbers, shared by producer
 * and consumer tasks. enqueue() waits while the queue is full, dequeue() waits while it is empty, size() says
 * how many elements are inside. Replace each `notImplemented(...)` line; keep the class name and signatures.
 * Check your work with: npm run kata -- bounded-blocking-queue
 */
export class BoundedBlockingQueue {
  constructor(readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    notImplemented('BoundedBlockingQueue.enqueue');
  }

  async dequeue(): Promise<number> {
    return notImplemented('BoundedBlockingQueue.dequeue');
  }

  size(): number {
    return notImplemented('BoundedBlockingQueue.size');
  }
}
