import { Event, Semaphore } from '@kit';

export type Verify = (user: number, referee: number) => Promise<void>;

/**
 * The referees are a resource: a semaphore with one permit per referee, and a list of the idle referees'
 * numbers. A user's join() takes a permit (waiting in line while every referee is busy), takes an idle
 * referee's number, awaits the verification, and gives both back. No referee loops, nothing polls.
 *
 * Why it is right: the semaphore is first come, first served, so users get referees in the order they
 * joined; a release hands the permit straight to the longest-waiting user, in the same instant, so a
 * referee is never idle while someone waits. Invariant: idle.length = permits free + permits handed over but
 * not yet used, so idle.pop() after a permit always finds a number.
 *
 * close(): `unfinished` counts users who joined and are not verified yet; the last one to finish after close
 * sets `drained`.
 */
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
    try {
      await this.verify(user, referee);
    } finally {
      this.idle.push(referee);
      this.free.release();
      this.unfinished -= 1;
      if (this.closed && this.unfinished === 0) this.drained.set();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.unfinished === 0) return;
    await this.drained.wait();
  }
}
