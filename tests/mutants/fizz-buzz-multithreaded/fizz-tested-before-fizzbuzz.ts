// expect: violation
// Bug: not a race but the classic FizzBuzz slip, checking "divisible by 3" before "divisible by 15". The
// hand-over is otherwise sound, so every schedule is wrong in the same way once n >= 15: fizz() takes
// position 15, and "fizz" comes out where "fizzbuzz" belongs (fizzbuzz() never gets a turn).
import { Semaphore } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  if (i % 15 === 0) return 'fizzbuzz';
  return 'number';
}

export class FizzBuzz {
  private readonly turn: Record<Role, Semaphore> = {
    fizz: new Semaphore(0, 'fizzTurn'),
    buzz: new Semaphore(0, 'buzzTurn'),
    fizzbuzz: new Semaphore(0, 'fizzbuzzTurn'),
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
