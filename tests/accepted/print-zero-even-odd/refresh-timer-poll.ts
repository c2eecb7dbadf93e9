// Correct: polling with one reusable timer per role, re-armed with timer.refresh() before every wait
// (Node: "Using this on a timer that has already called its callback will reactivate the timer").
// Each poll re-checks the shared step counter.
export class ZeroEvenOdd {
  private step = 0;
  constructor(private readonly n: number) {}

  private async run(mine: (k: number) => boolean, value: (k: number) => number, printNumber: (x: number) => void) {
    let wake: () => void = () => {};
    const timer = setTimeout(() => wake(), 3);
    try {
      while (this.step < 2 * this.n) {
        if (mine(this.step)) {
          printNumber(value(this.step));
          this.step++;
          continue;
        }
        await new Promise<void>((r) => {
          wake = r;
          timer.refresh();
        });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    await this.run((k) => k % 2 === 0, () => 0, printNumber);
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    await this.run((k) => k % 4 === 3, (k) => (k + 1) / 2, printNumber);
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    await this.run((k) => k % 4 === 1, (k) => (k + 1) / 2, printNumber);
  }
}
