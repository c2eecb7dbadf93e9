// expect: violation
// Bug: checks "is it my turn?" once with `if` and, after being woken, prints without checking again. Every
// print wakes all waiters, so when number() prints 1, a waiting fizz() wakes up and prints "fizz" as item 2.
import { Condition } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  private next = 1;
  private readonly changed = new Condition(undefined, 'nextChanged');

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
    await this.changed.acquire();
    try {
      for (;;) {
        if (this.next <= this.n && ownerOf(this.next) !== role) await this.changed.wait();
        if (this.next > this.n) return;
        print(this.next);
        this.next += 1;
        this.changed.notifyAll();
      }
    } finally {
      this.changed.release();
    }
  }
}
