import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Make three tasks share one number line: one task calls zero(), one even(), one odd(), on the same ZeroEvenOdd.
 * Together they must print 0 1 0 2 0 3 … 0 n (one call to printNumber per number). zero() prints every 0,
 * even() the even numbers and odd() the odd ones, each with its own printNumber; all three must return
 * (even() too, when it has nothing to print).
 * Replace each `notImplemented(...)` line; keep the class name, the constructor and the method signatures.
 * Check your work with: npm run kata -- print-zero-even-odd   (stuck? npm run kata -- hint print-zero-even-odd)
 */
export class ZeroEvenOdd {
  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    return notImplemented('ZeroEvenOdd.zero');
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    return notImplemented('ZeroEvenOdd.even');
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    return notImplemented('ZeroEvenOdd.odd');
  }
}
