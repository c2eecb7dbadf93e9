// Idiom: polling with `for await` over `setInterval` from `node:timers/promises`. Every task leaves the loop as
// soon as the sequence is complete, whoever printed the last item; leaving the loop stops the interval.
import { setInterval } from 'node:timers/promises';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  private next = 1;

  constructor(private readonly n: number) {}

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    if (this.next > this.n) return;
    for await (const _tick of setInterval(1)) {
      const i = this.next;
      if (i > this.n) break;
      if (ownerOf(i) !== role) continue;
      print(i);
      this.next = i + 1;
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
