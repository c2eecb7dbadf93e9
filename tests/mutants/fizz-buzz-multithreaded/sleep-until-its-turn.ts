// expect: violation
// Bug: no synchronization at all, only timing: every task ticks through the positions sleeping 10 ms per
// position and prints on its own ticks. When the four start together the ticks line up and the output is
// right (so LeetCode's judge accepts it); a task that starts 30 ms late prints its items 30 ms too late.
import { sleep } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  constructor(private readonly n: number) {}

  async fizz(printFizz: () => void): Promise<void> {
    await this.play('fizz', () => { printFizz(); });
  }

  async buzz(printBuzz: () => void): Promise<void> {
    await this.play('buzz', () => { printBuzz(); });
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    await this.play('fizzbuzz', () => { printFizzBuzz(); });
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    await this.play('number', (i) => { printNumber(i); });
  }

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await sleep(10);
      if (ownerOf(i) === role) print(i);
    }
  }
}
