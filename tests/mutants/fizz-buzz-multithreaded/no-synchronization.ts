// expect: violation
// Bug: every task prints its own positions straight away, with nothing ordering them. The output follows
// whichever task happens to run first: if fizz() starts before number(), "fizz" comes out as item 1.
type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';

function ownerOf(i: number): Role {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return 'number';
}

export class FizzBuzz {
  constructor(private readonly n: number) {}

  async fizz(printFizz: () => void): Promise<void> {
    this.play('fizz', () => { printFizz(); });
  }

  async buzz(printBuzz: () => void): Promise<void> {
    this.play('buzz', () => { printBuzz(); });
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    this.play('fizzbuzz', () => { printFizzBuzz(); });
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    this.play('number', (i) => { printNumber(i); });
  }

  private play(role: Role, print: (i: number) => void): void {
    for (let i = 1; i <= this.n; i++) if (ownerOf(i) === role) print(i);
  }
}
