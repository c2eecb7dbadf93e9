/**
 * Plain promises only: the whole sequence is known in advance, so the constructor creates one promise per
 * print, 2n in all, each resolved by the print before it. A task waits for the promise of its slot, prints,
 * and resolves the next slot's promise.
 *
 * Invariant: slot k's promise resolves only after print k - 1 happened, and every promise exists before any
 * task runs, so resolving one can never get lost.
 */
export class ZeroEvenOdd {
  private readonly ready: Promise<void>[] = [];
  private readonly unlock: Array<() => void> = [];

  constructor(private readonly n: number) {
    for (let k = 0; k <= 2 * n; k++) {
      this.ready.push(new Promise<void>((resolve) => this.unlock.push(resolve)));
    }
    this.unlock[0]?.();
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) await this.printAt(2 * (i - 1), () => { printNumber(0); });
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) await this.printAt(2 * i - 1, () => { printNumber(i); });
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) await this.printAt(2 * i - 1, () => { printNumber(i); });
  }

  private async printAt(slot: number, print: () => void): Promise<void> {
    await this.ready[slot];
    print();
    this.unlock[slot + 1]?.();
  }
}
