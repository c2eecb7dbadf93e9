// expect: violation
// Bug: the dispatcher takes the user who joined last (`line.pop()`), not the one who joined first. Every user
// is still verified once and no referee idles, but a user can be overtaken by everyone who comes after.
// Schedule: 1 referee, users joining every 2 s, 4 s each: the line grows; when the referee finishes at 8 s,
// users 3 and 4 are both waiting, and user 4 goes first.
export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: () => void;
}

export class RefereeQueue {
  private readonly line: Waiting[] = [];
  private readonly idle: number[];
  private unfinished = 0;
  private drained: (() => void) | undefined;

  constructor(
    referees: number,
    private readonly verify: Verify,
  ) {
    this.idle = Array.from({ length: referees }, (_, r) => r);
  }

  join(user: number): Promise<void> {
    this.unfinished += 1;
    const verified = new Promise<void>((resolve) => this.line.push({ user, verified: resolve }));
    this.dispatch();
    return verified;
  }

  close(): Promise<void> {
    if (this.unfinished === 0) return Promise.resolve();
    return new Promise<void>((resolve) => (this.drained = resolve));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.line.length > 0) {
      const referee = this.idle.shift() as number;
      const next = this.line.pop() as Waiting; // the newest user, not the oldest
      void this.serve(referee, next);
    }
  }

  private async serve(referee: number, next: Waiting): Promise<void> {
    await this.verify(next.user, referee);
    next.verified();
    this.idle.push(referee);
    this.unfinished -= 1;
    if (this.unfinished === 0) this.drained?.();
    this.dispatch();
  }
}
