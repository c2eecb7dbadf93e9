import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Task Queue with Join: a first-in-first-out queue of at most `capacity` items that also counts the items
 * still being worked on. put() waits while the queue is full, get() waits while it is empty, taskDone() marks
 * the item a get() returned as finished (and throws when no item is unfinished), and join() resolves once
 * every item put has been marked done. Replace each `notImplemented(...)` line; keep the class name and
 * signatures. Check your work with: npm run kata -- task-queue-join
 */
export class TaskQueue<T> {
  constructor(readonly capacity: number) {}

  async put(item: T): Promise<void> {
    notImplemented('TaskQueue.put');
  }

  async get(): Promise<T> {
    return notImplemented('TaskQueue.get');
  }

  taskDone(): void {
    notImplemented('TaskQueue.taskDone');
  }

  async join(): Promise<void> {
    notImplemented('TaskQueue.join');
  }
}
