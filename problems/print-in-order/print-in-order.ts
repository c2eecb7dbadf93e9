import { Condition, Event, Semaphore, notImplemented } from '@kit';

/**
 * Print in Order: make first(), second() and third() print in that order, whichever task starts first.
 * Replace each `notImplemented(...)` line; keep the class name and method signatures.
 * Check your work with: npm run kata -- print-in-order
 */
export class Foo {
  async first(printFirst: () => void): Promise<void> {
    notImplemented('Foo.first');
  }

  async second(printSecond: () => void): Promise<void> {
    notImplemented('Foo.second');
  }

  async third(printThird: () => void): Promise<void> {
    notImplemented('Foo.third');
  }
}
