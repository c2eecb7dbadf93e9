// Idiom: Event-driven dispatch without any referee loop: join() and the end of every verification schedule one
// dispatch with process.nextTick (same instant, before any timer or promise job), which pairs waiting users with
// idle referees in line order. close() waits for a promise resolved when the line and the desks are empty.
export type Verify = (user: number, referee: number) => Promise<void>;

export class RefereeQueue {
  private readonly line: Array<{ user: number; done: () => void }> = [];
  private readonly idle: number[] = [];
  private busy = 0;
  private scheduled = false;
  private closing: (() => void) | undefined;

  constructor(
    readonly referees: number,
    readonly verify: Verify,
  ) {
    for (let r = 0; r < referees; r++) this.idle.push(r);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    process.nextTick(() => {
      this.scheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.line.length > 0 && this.idle.length > 0) {
      const waiting = this.line.shift();
      const referee = this.idle.shift();
      if (waiting === undefined || referee === undefined) break;
      const { user, done } = waiting;
      this.busy += 1;
      void this.verify(user, referee).finally(() => {
        this.busy -= 1;
        this.idle.push(referee);
        done();
        this.schedule();
        this.checkClosed();
      });
    }
  }

  private checkClosed(): void {
    if (this.closing && this.busy === 0 && this.line.length === 0) this.closing();
  }

  join(user: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.line.push({ user, done: resolve });
      this.schedule();
    });
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.closing = resolve;
      this.checkClosed();
    });
  }
}
