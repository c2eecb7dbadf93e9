// expect: violation
// Bug: a referee who finishes frees itself and lets its user go at once, but takes the next user from the
// line only one microtask later (queueMicrotask). A user who joins in between finds a free referee and is
// taken ahead of a user who has been waiting in line.
export type Verify = (user: number, referee: number) => Promise<void>;

interface InLine {
  readonly user: number;
  readonly verified: () => void;
}

export class RefereeQueue {
  private readonly free: number[];
  private readonly line: InLine[] = [];
  private verifying = 0;
  private readonly whenIdle: Array<() => void> = [];

  constructor(
    referees: number,
    private readonly verify: Verify,
  ) {
    this.free = Array.from({ length: referees }, (_, referee) => referee);
  }

  join(user: number): Promise<void> {
    return new Promise((verified) => {
      const referee = this.free.shift();
      if (referee === undefined) this.line.push({ user, verified });
      else void this.serve(user, referee, verified);
    });
  }

  close(): Promise<void> {
    if (this.verifying === 0 && this.line.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.whenIdle.push(resolve));
  }

  private async serve(user: number, referee: number, verified: () => void): Promise<void> {
    this.verifying += 1;
    await this.verify(user, referee);
    this.verifying -= 1;
    this.free.push(referee);
    verified();
    queueMicrotask(() => this.takeNext());
  }

  private takeNext(): void {
    while (this.line.length > 0 && this.free.length > 0) {
      const next = this.line.shift() as InLine;
      void this.serve(next.user, this.free.shift() as number, next.verified);
    }
    if (this.verifying === 0 && this.line.length === 0) for (const resolve of this.whenIdle.splice(0)) resolve();
  }
}
