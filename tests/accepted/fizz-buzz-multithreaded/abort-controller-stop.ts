// Idiom: an EventEmitter announces each printed item (waited on with `events.once` in a re-checking loop), and
// an AbortController tells idle tasks that the sequence is over: whoever prints the last item aborts, and the
// `signal` option makes every pending `once` reject at once, which the waiters take as "stop".
import { EventEmitter, once } from 'node:events';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  private next = 1;
  private readonly advanced = new EventEmitter();
  private readonly over = new AbortController();

  constructor(private readonly n: number) {
    if (n < 1) this.over.abort();
  }

  /** Resolves when it is `role`'s turn; false when the sequence is over. */
  private async myTurn(role: Role): Promise<boolean> {
    while (!this.over.signal.aborted && ownerOf(this.next) !== role) {
      try {
        await once(this.advanced, 'advance', { signal: this.over.signal });
      } catch (error) {
        if (!this.over.signal.aborted) throw error;
      }
    }
    return !this.over.signal.aborted;
  }

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    while (await this.myTurn(role)) {
      print(this.next);
      this.next += 1;
      if (this.next > this.n) this.over.abort();
      else this.advanced.emit('advance');
    }
  }

  async fizz(printFizz: () => void): Promise<void> {
    await this.play('fizz', () => printFizz());
  }

  async buzz(printBuzz: () => void): Promise<void> {
    await this.play('buzz', () => printBuzz());
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    await this.play('fizzbuzz', () => printFizzBuzz());
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    await this.play('number', (i) => printNumber(i));
  }
}
