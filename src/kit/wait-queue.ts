import { controlled, type Parking, scheduling } from './scheduling';

/**
 * A FIFO queue of parked tasks: the one blocking mechanism every kit primitive is built on.
 * Each waiter may carry a tag (a weighted semaphore queues the weight each waiter asks for).
 * Invariant: a parking leaves the queue exactly once, either woken by `wakeOne`/`wakeAll` or withdrawn.
 */
export class WaitQueue<Tag = undefined> {
  private readonly parked: Parking[] = [];
  private readonly tags: Array<Tag | undefined> = [];

  /** @param reason what a task waiting here waits for, as deadlock reports show it */
  constructor(readonly reason: string) {}

  get size(): number {
    return this.parked.length;
  }

  /** Parks the calling task at the back of the queue until it is woken. */
  wait(): Promise<void> {
    return controlled(this.enter().promise);
  }

  /** Like `wait`, but hands back the parking so the caller can withdraw it (timeouts, cancellation). */
  enter(tag?: Tag): Parking {
    const parking = scheduling().park(this.reason);
    this.parked.push(parking);
    this.tags.push(tag);
    return parking;
  }

  /** The tag of the longest waiter, if anyone waits. */
  headTag(): Tag | undefined {
    return this.tags[0];
  }

  /** Removes a parking that is still queued and fails it with `error`. Returns false if it already left. */
  withdraw(parking: Parking, error: unknown): boolean {
    const index = this.parked.indexOf(parking);
    if (index < 0) return false;
    this.parked.splice(index, 1);
    this.tags.splice(index, 1);
    parking.fail(error);
    return true;
  }

  /** Wakes the longest-waiting task. Returns false when nobody waits. */
  wakeOne(): boolean {
    const parking = this.parked.shift();
    this.tags.shift();
    parking?.wake();
    return parking !== undefined;
  }

  /** Wakes every waiting task, oldest first. Returns how many were woken. */
  wakeAll(): number {
    const woken = this.parked.splice(0);
    this.tags.length = 0;
    for (const parking of woken) parking.wake();
    return woken.length;
  }

  /** Fails every waiting task with `error` (a barrier that breaks, a cancelled mutex). */
  failAll(error: unknown): number {
    const failed = this.parked.splice(0);
    this.tags.length = 0;
    for (const parking of failed) parking.fail(error);
    return failed.length;
  }
}
