import { Condition } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

/** Which task owns position i of the sequence. */
function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

/**
 * One shared counter, `next`, guarded by a condition. Each task waits under the lock until `next` is one of
 * its positions or the sequence is over; then it prints, advances `next` and wakes everybody, because only
 * the owner of the new `next` can tell it is its turn.
 *
 * Invariant: `next` only grows, by one per printed item, and only the owner of `next` may print. The
 * predicate includes `next > n`, so after the last item every task sees the end and returns instead of
 * waiting for a turn that never comes.
 */
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
        this.changed.notifyAll();
      }
    } finally {
      this.changed.release();
    }
  }
}
