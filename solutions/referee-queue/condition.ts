import { Condition, Event, Lock } from '@kit';

export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: Event;
}

/**
 * The worker model, as the interview question draws it: one loop per referee, started by the constructor,
 * and a line of users guarded by a lock. An idle referee waits on a condition ("someone joined, or the
 * queue closed"); join() adds the user to the line and notifies one idle referee, then waits for its own
 * `verified` event. The referee takes the first user in line, verifies it outside the lock, sets the event,
 * and goes back for the next one.
 *
 * Why it is right: taking a user (the check and the shift) happens under the lock in one step, so no two
 * referees take the same user; every join notifies, and a referee re-checks the line (waitFor) before it
 * waits, so no wake-up is lost; a referee that finishes looks at the line at once, in the same instant.
 * close() sets `closed`, wakes every idle referee, and waits for all the loops to end: a loop ends only
 * when the line is empty and the queue is closed, after its last verification.
 */
export class RefereeQueue {
  private readonly line: Waiting[] = [];
  private readonly lock = new Lock('line');
  private readonly changed = new Condition(this.lock, 'someone joined or closed');
  private closed = false;
  private readonly loops: Array<Promise<void>>;

  constructor(
    referees: number,
    private readonly verify: Verify,
  ) {
    this.loops = Array.from({ length: referees }, (_, r) => this.referee(r));
  }

  private async referee(referee: number): Promise<void> {
    for (;;) {
      let next: Waiting | undefined;
      await this.lock.acquire();
      try {
        await this.changed.waitFor(() => this.line.length > 0 || this.closed);
        next = this.line.shift();
      } finally {
        this.lock.release();
      }
      if (next === undefined) return; // closed, and nobody is left in line
      await this.verify(next.user, referee);
      next.verified.set();
    }
  }

  async join(user: number): Promise<void> {
    const verified = new Event(`user ${user} verified`);
    await this.lock.acquire();
    try {
      this.line.push({ user, verified });
      this.changed.notify();
    } finally {
      this.lock.release();
    }
    await verified.wait();
  }

  async close(): Promise<void> {
    await this.lock.acquire();
    try {
      this.closed = true;
      this.changed.notifyAll();
    } finally {
      this.lock.release();
    }
    await Promise.all(this.loops);
  }
}
