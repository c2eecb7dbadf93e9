/**
 * Plain promises, no kit. The sequence is known in advance, so the constructor makes one promise per position
 * and keeps its resolver: position i may be printed once promise i is resolved, and whoever prints i resolves
 * promise i + 1. Each task awaits only the promises of its own positions.
 *
 * Invariant: promise i is resolved exactly when items 1..i-1 are out. Every promise exists before any task
 * runs, so no hand-over can be lost, whichever task starts first; each task stops after its last position.
 */
export class FizzBuzz {
  private readonly mayPrint: Array<Promise<void>> = [];
  private readonly allow: Array<() => void> = [];

  constructor(private readonly n: number) {
    for (let i = 0; i <= n + 1; i++) {
      this.mayPrint.push(new Promise<void>((resolve) => this.allow.push(resolve)));
    }
    this.open(1);
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

  private async play(role: string, print: (i: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      if (ownerOf(i) !== role) continue;
      await this.mayPrint[i];
      print(i);
      this.open(i + 1);
    }
  }

  private open(i: number): void {
    this.allow[i]?.();
  }
}

/** Which task owns position i of the sequence. */
function ownerOf(i: number): string {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}
