// expect: crash
// Bug: every wait for the next item is `events.once(..., { signal: AbortSignal.timeout(5000) })`, so that a
// bug can never hang the program. But a task may legitimately wait longer than 5 s, for instance when
// number() starts late: the signal fires, `once` rejects with an AbortError, and the waiting tasks throw.
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

  constructor(private readonly n: number) {}

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    for (;;) {
      while (this.next <= this.n && ownerOf(this.next) !== role) {
        await once(this.advanced, 'advance', { signal: AbortSignal.timeout(5000) });
      }
      if (this.next > this.n) return;
      print(this.next);
      this.next += 1;
      this.advanced.emit('advance');
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
