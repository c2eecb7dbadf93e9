// Idiom: an async generator per task yields the positions it owns, each only once its turn has come. The turns
// are plain promises made in the constructor, one per position, each resolved by the print before it, so a
// turn handed over before its owner waits is never lost.
type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  private readonly turn: Array<Promise<void>> = [];
  private readonly giveTurn: Array<() => void> = [];

  constructor(private readonly n: number) {
    for (let i = 0; i <= n; i++) this.turn.push(new Promise<void>((resolve) => this.giveTurn.push(resolve)));
    this.giveTurn[1]?.();
  }

  private async *turnsOf(role: Role): AsyncGenerator<number> {
    for (let i = 1; i <= this.n; i++) {
      if (ownerOf(i) !== role) continue;
      await this.turn[i];
      yield i;
    }
  }

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    for await (const i of this.turnsOf(role)) {
      print(i);
      this.giveTurn[i + 1]?.();
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
