// expect: deadlock
// Bug: each role polls the shared step counter with a short timer it unrefs, so that "a waiting poller never
// keeps the process alive". But then nothing keeps a waiting role alive: once the other roles are done (or
// only waiting on unref'd timers themselves), Node sees no ref'd handle and exits, and the waiting methods
// never return. With n = 1: zero() prints 0 and polls, odd() prints 1 and returns; zero() and even() are
// left between polls with nothing but their unref'd timers pending.
export class ZeroEvenOdd {
  private step = 0;

  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    await this.play((k) => k % 2 === 0, () => 0, printNumber);
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    await this.play((k) => k % 4 === 3, (k) => (k + 1) / 2, printNumber);
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    await this.play((k) => k % 4 === 1, (k) => (k + 1) / 2, printNumber);
  }

  /** Steps 0, 2, 4, ... print 0; step 4i+1 prints odd 2i+1; step 4i+3 prints even 2i+2. */
  private async play(mine: (step: number) => boolean, value: (step: number) => number, printNumber: (x: number) => void): Promise<void> {
    while (this.step < 2 * this.n) {
      if (mine(this.step)) {
        printNumber(value(this.step));
        this.step += 1;
        continue;
      }
      await new Promise<void>((resolve) => setTimeout(resolve, 3).unref());
    }
  }
}
