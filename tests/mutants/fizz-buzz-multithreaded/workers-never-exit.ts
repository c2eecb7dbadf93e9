// expect: deadlock
// Bug: number() drives the sequence and hands each fizz/buzz/fizzbuzz position to its worker, but the
// workers loop "forever" and nobody tells them the sequence is over. The output is right, yet after the last
// item fizz(), buzz() and fizzbuzz() wait for a turn that never comes: the program never finishes.
import { Semaphore } from '@kit';

export class FizzBuzz {
  private readonly fizzTurn = new Semaphore(0, 'fizzTurn');
  private readonly buzzTurn = new Semaphore(0, 'buzzTurn');
  private readonly fizzbuzzTurn = new Semaphore(0, 'fizzbuzzTurn');
  private readonly numberTurn = new Semaphore(0, 'numberTurn');

  constructor(private readonly n: number) {}

  async fizz(printFizz: () => void): Promise<void> {
    await this.serve(this.fizzTurn, printFizz);
  }

  async buzz(printBuzz: () => void): Promise<void> {
    await this.serve(this.buzzTurn, printBuzz);
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    await this.serve(this.fizzbuzzTurn, printFizzBuzz);
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      const worker = i % 15 === 0 ? this.fizzbuzzTurn : i % 3 === 0 ? this.fizzTurn : i % 5 === 0 ? this.buzzTurn : undefined;
      if (worker === undefined) {
        printNumber(i);
      } else {
        worker.release();
        await this.numberTurn.acquire();
      }
    }
  }

  private async serve(turn: Semaphore, print: () => void): Promise<void> {
    for (;;) {
      await turn.acquire();
      print();
      this.numberTurn.release();
    }
  }
}
