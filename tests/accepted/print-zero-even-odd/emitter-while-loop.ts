// Idiom: one EventEmitter as a broadcast "the turn changed" signal, waited on with `events.once` inside a
// `while` loop. Each waiter re-checks whose turn it is after every wake-up, and the check and the new listener
// are set up in one synchronous step, so no change can be missed.
import { EventEmitter, once } from 'node:events';

type Who = 'zero' | 'odd' | 'even';

export class ZeroEvenOdd {
  private next: Who = 'zero';
  private readonly changed = new EventEmitter();

  constructor(private readonly n: number) {}

  private async turnOf(who: Who): Promise<void> {
    while (this.next !== who) await once(this.changed, 'turn');
  }

  private handTo(who: Who): void {
    this.next = who;
    this.changed.emit('turn');
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.turnOf('zero');
      printNumber(0);
      this.handTo(i % 2 === 1 ? 'odd' : 'even');
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await this.turnOf('even');
      printNumber(i);
      this.handTo('zero');
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.turnOf('odd');
      printNumber(i);
      this.handTo('zero');
    }
  }
}
