// expect: deadlock
// Bug: the last arrival ends the round with `notify()` instead of `notifyAll()`: it wakes the longest waiter
// only. With 2 parties there is only one waiter and all is well; with 3 the second waiter of the round stays
// asleep. A later round's notify() may reach it (it then leaves its old round late), but each round leaves
// one more waiter behind than it wakes, and at the end someone waits forever. Schedule: 3 parties, 1 round.
import { Condition } from '@kit';

export class ReusableBarrier {
  private count = 0;
  private generation = 0;
  private readonly roundOver = new Condition();

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
        this.roundOver.notify();
      } else {
        await this.roundOver.waitFor(() => this.generation !== mine);
      }
      return index;
    } finally {
      this.roundOver.release();
    }
  }
}
