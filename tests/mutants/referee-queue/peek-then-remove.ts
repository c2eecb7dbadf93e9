// expect: violation
// Bug: a referee looks at the first user in line, verifies them, and removes them from the line only after
// the verification ("so that nobody is lost if it fails"). Between the look and the removal there is an
// await (the whole verification), and another referee who looks meanwhile sees the same first user.
// Schedule: 2 referees, 2 users at once: referee 0 takes a permit and starts on user 1; referee 1 takes the
// second permit, looks at the line, still sees user 1 first, and verifies user 1 a second time.
import { Event, Semaphore } from '@kit';

export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: Event;
}

export class RefereeQueue {
  private readonly line: Waiting[] = [];
  private readonly waiting = new Semaphore(0, 'users waiting');
  private closed = false;
  private readonly loops: Array<Promise<void>>;

  constructor(
    private readonly referees: number,
    private readonly verify: Verify,
  ) {
    this.loops = Array.from({ length: referees }, (_, r) => this.referee(r));
  }

  private async referee(referee: number): Promise<void> {
    for (;;) {
      await this.waiting.acquire();
      const next = this.line[0];
      if (next === undefined) {
        if (this.closed) return;
        continue;
      }
      await this.verify(next.user, referee);
      this.line.shift(); // done: now it may leave the line
      next.verified.set();
    }
  }

  async join(user: number): Promise<void> {
    const verified = new Event(`user ${user} verified`);
    this.line.push({ user, verified });
    this.waiting.release();
    await verified.wait();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (let r = 0; r < this.referees; r++) this.waiting.release();
    await Promise.all(this.loops);
  }
}
