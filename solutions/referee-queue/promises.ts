export type Verify = (user: number, referee: number) => Promise<void>;

interface Waiting {
  readonly user: number;
  readonly verified: () => void;
}

/**
 * Plain promises, no kit, and no loops: a dispatcher. join() puts the user in line and calls dispatch(),
 * which pairs idle referees with waiting users, first in line first, and starts each pair's verification.
 * When a verification ends, the referee goes back to the idle list and dispatch() runs again, in the same
 * step. So a user waits only while every referee is busy, and a referee is idle only while the line is empty.
 *
 * Everything that decides (the two shifts) runs in one synchronous step, with no await between the check
 * and the take: two referees cannot take the same user. close() waits for `unfinished` to reach 0.
 */
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
      const next = this.line.shift() as Waiting;
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
