// expect: violation
// Bug: close() waits until the line is empty, not until the verifications are over. The last users leave the
// line when a referee takes them, and close() resolves while they are still being verified.
// Schedule: 1 referee, 2 users 2 s apart: close() is called at 2 s, after the second user joined; the
// referee takes user 2 at 4 s, the line is empty, and close() resolves at 4 s, 4 s before user 2 is done.
export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: () => void;
}

export class RefereeQueue {
  private readonly line: Waiting[] = [];
  private readonly idle: number[];
  private lineEmpty: (() => void) | undefined;

  constructor(
    referees: number,
    private readonly verify: Verify,
  ) {
    this.idle = Array.from({ length: referees }, (_, r) => r);
  }

  join(user: number): Promise<void> {
    const verified = new Promise<void>((resolve) => this.line.push({ user, verified: resolve }));
    this.dispatch();
    return verified;
  }

  close(): Promise<void> {
    if (this.line.length === 0) return Promise.resolve();
    return new Promise<void>((resolve) => (this.lineEmpty = resolve));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.line.length > 0) {
      const referee = this.idle.shift() as number;
      const next = this.line.shift() as Waiting;
      void this.serve(referee, next);
    }
    if (this.line.length === 0) this.lineEmpty?.(); // everyone has been taken: "done"
  }

  private async serve(referee: number, next: Waiting): Promise<void> {
    await this.verify(next.user, referee);
    next.verified();
    this.idle.push(referee);
    this.dispatch();
  }
}
