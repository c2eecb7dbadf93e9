// Idiom: polling with a backoff computed from `Date.now()`: the longer a task has waited, the longer it
// sleeps between looks (capped at 8 ms). The clock only tunes the pace; correctness rests on the shared
// counter, which only the owner of the next item advances.
type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class FizzBuzz {
  private next = 1;

  constructor(private readonly n: number) {}

  private async play(role: Role, print: (i: number) => void): Promise<void> {
    let since = Date.now();
    while (this.next <= this.n) {
      if (ownerOf(this.next) === role) {
        print(this.next);
        this.next += 1;
        since = Date.now();
        continue;
      }
      const waited = Math.max(0, Date.now() - since);
      await pause(Math.min(8, 1 + Math.floor(waited / 10)));
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
