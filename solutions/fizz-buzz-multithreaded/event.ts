import { Event } from '@kit';

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

/** Which task owns position i of the sequence. */
function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

/**
 * One event per task, used as a doorbell: the task that printed position i rings the bell of the owner of
 * i + 1. The owner waits for its bell, clears it (so its next wait blocks again), prints and rings on.
 *
 * Invariant: at most one bell is set, the one of the owner of the next position. A bell rung before its owner
 * waits stays set, so start order does not matter. The clear happens before the owner rings anyone, so the
 * only set that could be lost (a second ring of the same bell) cannot happen before it.
 */
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
      this.bell[role].clear();
      print(i);
      if (i < this.n) this.bell[ownerOf(i + 1)].set();
    }
  }
}
