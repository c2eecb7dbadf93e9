// expect: livelock
// Bug: polls for its turn yielding with `process.nextTick`, believing that lets the other tasks run. The
// next-tick queue is drained completely before Node moves on to timers or I/O, and each poll queues another
// tick: when a task is still to start from a timer, it never starts, and the pollers spin forever.
type Who = 'zero' | 'odd' | 'even';

const yieldToOthers = (): Promise<void> => new Promise((resolve) => process.nextTick(resolve));

export class ZeroEvenOdd {
  private next: Who = 'zero';

  constructor(private readonly n: number) {}

  private async waitFor(who: Who): Promise<void> {
    while (this.next !== who) await yieldToOthers();
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.waitFor('zero');
      printNumber(0);
      this.next = i % 2 === 1 ? 'odd' : 'even';
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await this.waitFor('even');
      printNumber(i);
      this.next = 'zero';
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.waitFor('odd');
      printNumber(i);
      this.next = 'zero';
    }
  }
}
