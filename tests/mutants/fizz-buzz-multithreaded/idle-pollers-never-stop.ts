// expect: livelock
// Bug: each task polls with `for await` over `setInterval` from `node:timers/promises`, and leaves the loop
// only right after printing the last item. The tasks that do not own the last item never see the sequence
// end: once everything is printed they keep polling, forever.
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
    for await (const _tick of setInterval(1)) {
      const i = this.next;
      if (i > this.n || ownerOf(i) !== role) continue;
      print(i);
      this.next = i + 1;
      if (this.next > this.n) break; // the sequence is complete
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
