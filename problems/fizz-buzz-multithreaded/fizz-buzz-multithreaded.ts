import { Barrier, Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Make four tasks share one FizzBuzz(n): one task calls fizz(), one buzz(), one fizzbuzz() and one number().
 * Together they must print the FizzBuzz sequence for 1..n, one call per item: fizz() prints "fizz" for the
 * multiples of 3 (not of 5), buzz() "buzz" for the multiples of 5 (not of 3), fizzbuzz() "fizzbuzz" for the
 * multiples of 15, number() every other number, each with its own callback. All four must return at the end.
 * Replace each `notImplemented(...)` line; keep the class name, the constructor and the method signatures.
 * Check your work with: npm run kata -- fizz-buzz-multithreaded   (stuck? npm run kata -- hint fizz-buzz-multithreaded)
 */
export class FizzBuzz {
  constructor(private readonly n: number) {}

  async fizz(printFizz: () => void): Promise<void> {
    return notImplemented('FizzBuzz.fizz');
  }

  async buzz(printBuzz: () => void): Promise<void> {
    return notImplemented('FizzBuzz.buzz');
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    return notImplemented('FizzBuzz.fizzbuzz');
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    return notImplemented('FizzBuzz.number');
  }
}
