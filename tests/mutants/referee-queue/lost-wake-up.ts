// expect: violation
// Bug: an idle referee parks by storing its resolver in one shared slot, `this.wake`, and join() calls
// whatever is there. With two idle referees the second overwrites the first one's resolver: the first
// referee can never be woken again, and users wait while it sits idle.
// Schedule: 2 referees, 2 users at once: both referees park (referee 1's resolver replaces referee 0's);
// user 1 wakes referee 1; user 2 finds the slot empty and waits 4 s while referee 0 is idle.
export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: () => void;
}

export class RefereeQueue {
  private readonly line: Waiting[] = [];
  private wake: (() => void) | undefined;
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
      if (next !== undefined) {
        await this.verify(next.user, referee);
        next.verified();
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wake = resolve)); // overwrites another idle referee's resolver
    }
  }

  join(user: number): Promise<void> {
    const verified = new Promise<void>((resolve) => this.line.push({ user, verified: resolve }));
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
    return verified;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await Promise.all(this.loops);
  }
}
