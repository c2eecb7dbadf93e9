// expect: violation
// Bug: the turn semaphores are created with one permit each instead of zero (only number()'s should start
// open). fizz() then prints its first "fizz" without waiting: if it runs before number() has printed 1 and 2,
// "fizz" comes out too early.
import { Semaphore } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  private readonly turn: Record<Role, Semaphore> = {
    fizz: new Semaphore(1, 'fizzTurn'),
    buzz: new Semaphore(1, 'buzzTurn'),
    fizzbuzz: new Semaphore(1, 'fizzbuzzTurn'),
    number: new Semaphore(1, 'numberTurn'),
  };

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
    for (let i = 1; i <= this.n; i++) {
      if (ownerOf(i) !== role) continue;
      await this.turn[role].acquire();
      print(i);
      if (i < this.n) this.turn[ownerOf(i + 1)].release();
    }
  }
}
