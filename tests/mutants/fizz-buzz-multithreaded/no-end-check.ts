// expect: violation
// Bug: each task waits until the next position is its own, but the predicate forgets the end of the sequence.
// After the last item the counter is n + 1, and the task that owns n + 1 prints one item too many (for n = 15,
// number() prints "16"): caught at once, before the others are found waiting forever. Only when n and n + 1
// are both plain numbers (n = 1, 7, ...) is nobody left to print n + 1, and the run ends in a deadlock instead.
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
      while (this.next <= this.n) {
        await this.changed.waitFor(() => ownerOf(this.next) === role);
        print(this.next);
        this.next += 1;
        this.changed.notifyAll();
      }
    } finally {
      this.changed.release();
    }
  }
}
