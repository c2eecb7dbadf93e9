import { Semaphore } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

/** Which task owns position i of the sequence. */
function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

/**
 * A baton passed with one semaphore per task. Every task knows in advance which positions are its own, so it
 * loops over exactly those: wait for its turn, print, hand the turn to the owner of the next position.
 *
 * Invariant: the four semaphores hold at most one permit between them, and it belongs to the owner of the
 * next position to print. A permit released before its owner waits is kept, so start order does not matter,
 * and since each task stops after its own last position, nobody is left waiting when the sequence ends.
 */
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
