// expect: violation
// Bug: the referee starts the verification and marks itself free without awaiting it (`void this.verify(...)`,
// "it runs in the background anyway"). The semaphore's permit goes back at once, so the same referee number
// is handed to the next user while its first verification is still going.
// Schedule: 1 referee, 2 users 2 s apart: user 2 gets referee 0 at 2 s, while referee 0 verifies user 1
// until 4 s.
import { Event, Semaphore } from '@kit';

export type Verify = (user: number, referee: number) => Promise<void>;

export class RefereeQueue {
  private readonly free: Semaphore;
  private readonly idle: number[] = [];
  private unfinished = 0;
  private closed = false;
  private readonly drained = new Event('everyone verified');

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
    const verification = this.verify(user, referee); // started, not awaited
    this.idle.push(referee);
    this.free.release();
    await verification;
    this.unfinished -= 1;
    if (this.closed && this.unfinished === 0) this.drained.set();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.unfinished === 0) return;
    await this.drained.wait();
  }
}
