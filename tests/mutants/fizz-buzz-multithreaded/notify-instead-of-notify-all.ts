// expect: deadlock
// Bug: after printing, wakes only one waiter (the one waiting longest) instead of all of them. That one is
// often not the owner of the next position: say number() prints 4 and wakes fizz(), which has waited longest;
// fizz() sees that 5 is not its position and waits again, and buzz() is never woken. number() waits too, so
// everyone waits for everyone: a deadlock.
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
        await this.changed.waitFor(() => this.next > this.n || ownerOf(this.next) === role);
        if (this.next > this.n) return;
        print(this.next);
        this.next += 1;
        this.changed.notify();
      }
    } finally {
      this.changed.release();
    }
  }
}
