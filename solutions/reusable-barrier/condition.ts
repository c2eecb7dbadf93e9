import { Condition } from '@kit';

/**
 * A generation number under a condition (its own lock). An arrival takes its index from the count and notes
 * the generation; the last arrival starts the next generation (count back to 0) and wakes everyone. A waiter
 * waits for the generation to change, not for a flag: a fast task that laps into the next round cannot
 * change it back, so a slow waiter woken late still sees that its round is over.
 *
 * Invariant: count = arrivals in the current generation (0 .. parties-1) whenever the lock is free; a task
 * that noted generation g returns only after g ended, which happens exactly when its round's last party came.
 */
export class ReusableBarrier {
  private count = 0;
  private generation = 0;
  private readonly roundOver = new Condition(undefined, 'roundOver');

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    await this.roundOver.acquire();
    try {
      const mine = this.generation;
      const index = this.count;
      this.count += 1;
      if (this.count === this.parties) {
        this.count = 0;
        this.generation += 1;
        this.roundOver.notifyAll();
      } else {
        await this.roundOver.waitFor(() => this.generation !== mine);
      }
      return index;
    } finally {
      this.roundOver.release();
    }
  }
}
