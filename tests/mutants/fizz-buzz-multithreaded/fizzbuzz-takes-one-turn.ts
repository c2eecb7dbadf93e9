// expect: deadlock
// Bug: fizzbuzz() takes a single turn, as if 15 were the only multiple of 15 (it is, in the n = 15 everyone
// tries first). Every n below 30 passes. From n = 30 on, number() prints 29 and hands the turn to fizzbuzz(),
// which has already returned: nobody prints 30. At n = 30 the others return with item 30 missing; beyond it
// they wait for turns that never come, forever.
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
    fizz: new Semaphore(0, 'fizzTurn'),
    buzz: new Semaphore(0, 'buzzTurn'),
    fizzbuzz: new Semaphore(0, 'fizzbuzzTurn'),
    number: new Semaphore(0, 'numberTurn'),
  };

  constructor(private readonly n: number) {
    this.turn[ownerOf(1)].release();
  }

  async fizz(printFizz: () => void): Promise<void> {
    await this.play('fizz', () => { printFizz(); });
  }

  async buzz(printBuzz: () => void): Promise<void> {
    await this.play('buzz', () => { printBuzz(); });
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    if (this.n < 15) return;
    await this.turn.fizzbuzz.acquire();
    printFizzBuzz();
    if (15 < this.n) this.turn[ownerOf(16)].release();
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
