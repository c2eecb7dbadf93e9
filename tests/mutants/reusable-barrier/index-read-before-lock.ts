// expect: violation
// Bug: reads its arrival index before taking the lock ("reading is harmless"), and counts itself in under
// the lock. The count stays right, so the round ends at the right time; but the index was read before an
// await: while the first arrival holds the lock (it takes it, then yields), a second one reads the same,
// not yet incremented count. Schedule: 2 parties, 1 round; both tasks call wait() before either counted
// in, and both get index 0.
import { Condition } from '@kit';

export class ReusableBarrier {
  private count = 0;
  private generation = 0;
  private readonly roundOver = new Condition();

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    const index = this.count;
    await this.roundOver.acquire();
    try {
      const mine = this.generation;
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
