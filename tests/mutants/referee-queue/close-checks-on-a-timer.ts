// expect: violation
// Bug: the referees are right (a semaphore of R and a list of idle numbers), but close() does not wait to be
// told: it looks at the count of unfinished users every half second (setTimeout) and resolves at the first
// look that finds it at 0. So it resolves up to 0.5 s after the last verification ended, not in that
// instant. Schedule: the first one tried, 1 referee and 2 users 2 s apart: close() is called at 2 s and looks
// at 2.5 s, 3 s, ...; at 8 s its timer fires before user 2's verification ends in that instant, so it looks
// again only at 8.5 s and resolves there, half a second late.
import { Semaphore } from '@kit';

export type Verify = (user: number, referee: number) => Promise<void>;

const CHECK_EVERY_MS = 500;

export class RefereeQueue {
  private readonly free: Semaphore;
  private readonly idle: number[] = [];
  private unfinished = 0;

  constructor(
    referees: number,
    private readonly verify: Verify,
  ) {
    this.free = new Semaphore(referees, 'idle referees');
    for (let r = referees - 1; r >= 0; r--) this.idle.push(r);
  }

  async join(user: number): Promise<void> {
    this.unfinished += 1;
    await this.free.acquire();
    const referee = this.idle.pop() as number;
    try {
      await this.verify(user, referee);
    } finally {
      this.idle.push(referee);
      this.free.release();
      this.unfinished -= 1;
    }
  }

  async close(): Promise<void> {
    while (this.unfinished > 0) {
      await new Promise<void>((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
    }
  }
}
