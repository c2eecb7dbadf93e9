// expect: violation
// Bug: the interview's asyncio translation: one service loop walks over the referees and, for a free one,
// takes a user and awaits the verification right there, inside the loop. The loop cannot look at the next
// referee until that verification is over, so the referees take turns and only one ever works at a time.
// Schedule: 2 referees, 2 users at once: referee 0 verifies user 1 for 4 s while referee 1 stays idle and
// user 2 waits.
import { Condition, Lock } from '@kit';

export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: () => void;
}

export class RefereeQueue {
  private readonly line: Waiting[] = [];
  private readonly lock = new Lock('line');
  private readonly changed = new Condition(this.lock, 'someone joined or closed');
  private readonly busy: boolean[];
  private closed = false;
  private readonly loop: Promise<void>;

  constructor(
    referees: number,
    private readonly verify: Verify,
  ) {
    this.busy = Array.from({ length: referees }, () => false);
    this.loop = this.serviceUsers();
  }

  private async serviceUsers(): Promise<void> {
    for (;;) {
      await this.lock.acquire();
      try {
        await this.changed.waitFor(() => this.line.length > 0 || this.closed);
        if (this.line.length === 0) return;
      } finally {
        this.lock.release();
      }
      for (let referee = 0; referee < this.busy.length; referee++) {
        const next = this.busy[referee] ? undefined : this.line.shift();
        if (next === undefined) continue;
        this.busy[referee] = true;
        await this.verify(next.user, referee); // the whole loop waits for this one referee
        this.busy[referee] = false;
        next.verified();
      }
    }
  }

  async join(user: number): Promise<void> {
    const verified = new Promise<void>((resolve) => this.line.push({ user, verified: resolve }));
    await this.lock.acquire();
    this.changed.notify();
    this.lock.release();
    await verified;
  }

  async close(): Promise<void> {
    await this.lock.acquire();
    this.closed = true;
    this.changed.notify();
    this.lock.release();
    await this.loop;
  }
}
