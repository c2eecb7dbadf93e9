// expect: deadlock
// Bug: every arrival but the last wakes the waiters "so they can check", and the last one only starts the
// next generation, trusting that the waiters will see it. They re-check only when woken: in the middle of a
// run the wake-up comes anyway, from the first arrival of the next round (the fast task that laps), so every
// round but the last ends. In the last round nobody arrives after the last party: the waiters are never
// woken. A lost wake-up of the last round: with 2 parties and 2 rounds, round 1 ends (task 2 laps and wakes
// task 1) and round 2 never does; with a single round it deadlocks at once.
import { Condition } from '@kit';

export class ReusableBarrier {
  private count = 0;
  private generation = 0;
  private readonly changed = new Condition();

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    await this.changed.acquire();
    try {
      const mine = this.generation;
      const index = this.count;
      this.count += 1;
      if (this.count === this.parties) {
        this.count = 0;
        this.generation += 1;
      } else {
        this.changed.notifyAll();
        await this.changed.waitFor(() => this.generation !== mine);
      }
      return index;
    } finally {
      this.changed.release();
    }
  }
}
