// expect: violation
// Bug: each referee polls: it looks at the line, and when nobody is there it sleeps a second and looks again,
// like the interview's asyncio answer (`await asyncio.sleep(1)`, "to avoid tight-loop polling"). Nothing is
// lost, but a user who joins just after a referee looked waits up to a second while that referee sleeps.
// Schedule: 1 referee, 2 users 2 s apart: the referee looks at 0 s before user 1 has joined, sleeps, and
// takes user 1 only at 1 s, a second after the user joined while the referee was idle.
import { sleep } from '@kit';

export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: () => void;
}

export class RefereeQueue {
  private readonly line: Waiting[] = [];
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
      const next = this.line.shift();
      if (next === undefined) {
        if (this.closed) return;
        await sleep(1000); // nobody there: look again in a second
        continue;
      }
      await this.verify(next.user, referee);
      next.verified();
    }
  }

  join(user: number): Promise<void> {
    return new Promise<void>((resolve) => this.line.push({ user, verified: resolve }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.loops);
  }
}
