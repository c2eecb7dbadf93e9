// expect: violation
// Bug: fizz(), buzz() and fizzbuzz() only hand their print callbacks to number() and return; number() then
// prints the whole sequence itself. The text is right in every schedule, but "fizz" is printed by the
// number() task, not by the task running fizz(): the four tasks are meant to take turns, not to delegate.
import { Event } from '@kit';

export class FizzBuzz {
  private printFizz: (() => void) | undefined;
  private printBuzz: (() => void) | undefined;
  private printFizzBuzz: (() => void) | undefined;
  private readonly fizzReady = new Event('fizzReady');
  private readonly buzzReady = new Event('buzzReady');
  private readonly fizzbuzzReady = new Event('fizzbuzzReady');

  constructor(private readonly n: number) {}

  async fizz(printFizz: () => void): Promise<void> {
    this.printFizz = printFizz;
    this.fizzReady.set();
  }

  async buzz(printBuzz: () => void): Promise<void> {
    this.printBuzz = printBuzz;
    this.buzzReady.set();
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    this.printFizzBuzz = printFizzBuzz;
    this.fizzbuzzReady.set();
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    await this.fizzReady.wait();
    await this.buzzReady.wait();
    await this.fizzbuzzReady.wait();
    for (let i = 1; i <= this.n; i++) {
      if (i % 15 === 0) this.printFizzBuzz?.();
      else if (i % 3 === 0) this.printFizz?.();
      else if (i % 5 === 0) this.printBuzz?.();
      else printNumber(i);
    }
  }
}
