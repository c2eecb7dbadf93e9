// expect: violation
// Bug: a one-phase barrier built as a turnstile: the last arrival opens it (one permit), each task passes
// through and lets the next one through (acquire, then release), and the last one out closes it. But
// "passing" and "closing" are in the same phase as "arriving": a fast task that is through counts itself
// out, laps into the next round, counts itself in as the last arrival (the slow one has not counted out
// yet) and opens the turnstile again, for itself. Schedule: 2 parties, 2 rounds; task 1 passes first,
// returns, calls wait() again and leaves round 2 while task 2 is still leaving round 1.
import { Semaphore } from '@kit';

export class ReusableBarrier {
  private count = 0;
  private readonly turnstile = new Semaphore(0);

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    const index = this.count;
    this.count += 1;
    if (this.count === this.parties) this.turnstile.release(); // the last arrival opens
    await this.turnstile.acquire();
    this.turnstile.release(); // let the next one through
    this.count -= 1;
    if (this.count === 0) await this.turnstile.acquire(); // the last one out closes
    return index;
  }
}
