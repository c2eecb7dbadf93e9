// expect: violation
// Bug: an idle task polls the shared counter every 2 ms and, if its next item has not come within 50 ms
// (measured with process.uptime()), decides the sequence is over and returns. When number() starts 60 ms or
// more late, the word tasks give up before their items: the sequence stops at 2 and every task returns.
import { setTimeout as nap } from 'node:timers/promises';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';
const owner = (i: number): Role => (i % 15 === 0 ? 'fizzbuzz' : i % 3 === 0 ? 'fizz' : i % 5 === 0 ? 'buzz' : 'number');

export class FizzBuzz {
  private current = 1;

  constructor(private readonly n: number) {}

  private async work(role: Role, say: (i: number) => void): Promise<void> {
    let idleSince = process.uptime();
    while (this.current <= this.n) {
      if (owner(this.current) === role) {
        say(this.current++);
        idleSince = process.uptime();
        continue;
      }
      if (process.uptime() - idleSince > 0.05) return; // nothing for me for 50 ms: the game must be over
      await nap(2);
    }
  }

  async fizz(printFizz: () => void): Promise<void> {
    await this.work('fizz', () => printFizz());
  }

  async buzz(printBuzz: () => void): Promise<void> {
    await this.work('buzz', () => printBuzz());
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    await this.work('fizzbuzz', () => printFizzBuzz());
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    await this.work('number', (i) => printNumber(i));
  }
}
