import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Make two tasks take turns: one task calls foo(), another calls bar(), on the same FooBar. Together they must
 * print "foo" and "bar" alternately, starting with "foo", n times each: "foobar" repeated n times. foo() must
 * call only printFoo and bar() only printBar, and both must return once their n words are out.
 * Replace each `notImplemented(...)` line; keep the class name, the constructor and the method signatures.
 * Check your work with: npm run kata -- print-foobar-alternately   (stuck? npm run kata -- hint print-foobar-alternately)
 */
export class FooBar {
  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    return notImplemented('FooBar.foo');
  }

  async bar(printBar: () => void): Promise<void> {
    return notImplemented('FooBar.bar');
  }
}
