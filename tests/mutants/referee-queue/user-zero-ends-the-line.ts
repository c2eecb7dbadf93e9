// expect: deadlock
// Bug: the dispatcher takes users with `while (this.idle.length > 0 && (user = this.line.shift()))`, which
// reads "while someone is in line". User numbers are any distinct whole numbers, and user 0 is falsy: the
// shift takes user 0 off the line and the loop stops as if the line were empty. User 0 is never verified,
// and whoever stands behind it waits with the referee idle until the next join.
// Schedule: users 7, 0 and 42 with 1 referee: when user 7's verification ends at 2 s, the shift takes user 0
// and stops; nobody joins after that, so join(0), join(42) and close() wait forever.
export type Verify = (user: number, referee: number) => Promise<void>;

export class RefereeQueue {
  private readonly line: number[] = [];
  private readonly idle: number[];
  private readonly verified = new Map<number, () => void>();
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
    const done = new Promise<void>((resolve) => this.verified.set(user, resolve));
    this.line.push(user);
    this.dispatch();
    return done;
  }

  close(): Promise<void> {
    if (this.unfinished === 0) return Promise.resolve();
    return new Promise<void>((resolve) => (this.drained = resolve));
  }

  private dispatch(): void {
    let user: number | undefined;
    while (this.idle.length > 0 && (user = this.line.shift())) {
      void this.serve(this.idle.shift() as number, user);
    }
  }

  private async serve(referee: number, user: number): Promise<void> {
    await this.verify(user, referee);
    this.verified.get(user)?.();
    this.verified.delete(user);
    this.idle.push(referee);
    this.unfinished -= 1;
    if (this.unfinished === 0) this.drained?.();
    this.dispatch();
  }
}
