// expect: deadlock
// Bug: the four tasks wait in one line of plain-promise resolvers and each printer wakes only the first
// waiter. Waiters re-check in a loop, so nothing prints out of turn, but the one wake-up often reaches a task
// whose turn it is not: it goes back to waiting, the owner of the next item is never woken, and all wait.
type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  private next = 1;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly n: number) {}

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    for (;;) {
      while (this.next <= this.n && ownerOf(this.next) !== role) {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
      if (this.next > this.n) {
        this.waiting.shift()?.();
        return;
      }
      print(this.next);
      this.next += 1;
      this.waiting.shift()?.();
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
