// expect: deadlock
// Bug: each task first waits for a notify and only then looks at the counter. A notify sent before a task
// starts waiting is lost: if number() prints 1 and 2 and notifies before fizz() reaches its wait, fizz() waits
// for a notify that never comes while number() waits for fizz(): a deadlock.
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
    // number() owns position 1, so it starts without waiting.
    await this.changed.acquire();
    try {
      for (;;) {
        while (this.next <= this.n && ownerOf(this.next) === 'number') {
          printNumber(this.next);
          this.next += 1;
        }
        this.changed.notifyAll();
        if (this.next > this.n) return;
        await this.changed.wait();
      }
    } finally {
      this.changed.release();
    }
  }

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    await this.changed.acquire();
    try {
      for (;;) {
        await this.changed.wait();
        if (this.next > this.n) return;
        if (ownerOf(this.next) !== role) continue;
        print(this.next);
        this.next += 1;
        this.changed.notifyAll();
      }
    } finally {
      this.changed.release();
    }
  }
}
