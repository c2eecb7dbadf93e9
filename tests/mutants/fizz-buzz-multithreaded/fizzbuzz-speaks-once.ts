// expect: deadlock
// Bug: fizzbuzz() takes one turn and returns, as if 15 were the only multiple of 15 (it is, up to n = 29,
// which covers the usual examples). From n = 30 on, the turn for 30 is handed to fizzbuzz() after it has
// left: nobody prints "fizzbuzz" again, and the other tasks wait for their next turn forever.
type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

class Mailbox {
  private baton = false;
  private waiter: (() => void) | undefined;

  give(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter !== undefined) waiter();
    else this.baton = true;
  }

  take(): Promise<void> {
    if (this.baton) {
      this.baton = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => (this.waiter = resolve));
  }
}

export class FizzBuzz {
  private readonly boxes: Record<Role, Mailbox> = {
    fizz: new Mailbox(),
    buzz: new Mailbox(),
    fizzbuzz: new Mailbox(),
    number: new Mailbox(),
  };

  constructor(private readonly n: number) {
    this.boxes.number.give();
  }

  private pass(next: number): void {
    if (next <= this.n) this.boxes[ownerOf(next)].give();
  }

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      if (ownerOf(i) !== role) continue;
      await this.boxes[role].take();
      print(i);
      this.pass(i + 1);
    }
  }

  async fizz(printFizz: () => void): Promise<void> {
    await this.play('fizz', () => printFizz());
  }

  async buzz(printBuzz: () => void): Promise<void> {
    await this.play('buzz', () => printBuzz());
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    if (this.n < 15) return;
    await this.boxes.fizzbuzz.take();
    printFizzBuzz();
    this.pass(16);
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    await this.play('number', (i) => printNumber(i));
  }
}
