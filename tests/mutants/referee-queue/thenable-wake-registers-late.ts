// expect: violation
// Bug: an idle referee waits on a hand-written thenable "someone joined"; `await thenable` registers the referee
// (calls then()) only one microtask later, so a join() that runs in the same microtask drain as the referee goes
// idle finds no one to wake, and the user then waits with an idle referee (until a later join, or forever:
// close() never resolves).
export type Verify = (user: number, referee: number) => Promise<void>;

export class RefereeQueue {
  private readonly line: Array<{ user: number; done: () => void }> = [];
  private sleepers: Array<() => void> = [];
  private readonly arrival = { then: (wake: () => void) => { this.sleepers.push(wake); } };
  private closed = false;
  private readonly staff: Promise<void>[] = [];

  constructor(
    readonly referees: number,
    readonly verify: Verify,
  ) {
    for (let r = 0; r < referees; r++) this.staff.push(this.work(r));
  }

  private wakeAll(): void {
    const woken = this.sleepers;
    this.sleepers = [];
    for (const w of woken) w();
  }

  private async work(referee: number): Promise<void> {
    for (;;) {
      const next = this.line.shift();
      if (next === undefined) {
        if (this.closed) return;
        await this.arrival;
        continue;
      }
      try {
        await this.verify(next.user, referee);
      } finally {
        next.done();
      }
    }
  }

  join(user: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.line.push({ user, done: resolve });
      this.wakeAll();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await Promise.all(this.staff);
  }
}
