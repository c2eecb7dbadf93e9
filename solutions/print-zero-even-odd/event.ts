import { Event } from '@kit';

/**
 * One "your turn" event per task; zero()'s starts set. A task waits for its event, clears it (consuming the
 * turn), prints, and sets the event of the task that prints next.
 *
 * Invariant: at most one event is set at any time, and only its owner clears it, before setting the next one;
 * an event stays set until consumed, so a task that arrives late still finds its turn waiting.
 */
export class ZeroEvenOdd {
  private readonly zeroTurn = new Event('zeroTurn');
  private readonly oddTurn = new Event('oddTurn');
  private readonly evenTurn = new Event('evenTurn');

  constructor(private readonly n: number) {
    this.zeroTurn.set();
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.zeroTurn.wait();
      this.zeroTurn.clear();
      printNumber(0);
      (i % 2 === 1 ? this.oddTurn : this.evenTurn).set();
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) await this.printOwn(this.evenTurn, () => { printNumber(i); });
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) await this.printOwn(this.oddTurn, () => { printNumber(i); });
  }

  private async printOwn(mine: Event, print: () => void): Promise<void> {
    await mine.wait();
    mine.clear();
    print();
    this.zeroTurn.set();
  }
}
