// expect: violation
// Bug: a task waits for its doorbell event but never clears it. The bell stays set, so from its second turn on
// the task walks straight through: number() rings fizz() for 3, and without waiting for "fizz" goes on to
// print 4 whenever it runs before fizz() does.
import { Event } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  private readonly bell: Record<Role, Event> = {
    fizz: new Event('fizzBell'),
    buzz: new Event('buzzBell'),
    fizzbuzz: new Event('fizzbuzzBell'),
    number: new Event('numberBell'),
  };

  constructor(private readonly n: number) {
    this.bell[ownerOf(1)].set();
  }

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
      if (ownerOf(i) !== role) continue;
      await this.bell[role].wait();
      print(i);
      if (i < this.n) this.bell[ownerOf(i + 1)].set();
    }
  }
}
