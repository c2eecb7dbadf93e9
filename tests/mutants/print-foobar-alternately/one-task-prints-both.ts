// expect: violation
// Bug: bar() hands its printBar over to foo() and just waits, and foo() prints both words in a plain loop. The
// output is right (LeetCode only compares the output), but "bar" is printed by the foo() task, not by bar():
// the stress test checks which task calls each callback, so this fails in every schedule.
import { Event } from '@kit';

export class FooBar {
  private printBar: (() => void) | undefined;
  private readonly barReady = new Event();
  private readonly allPrinted = new Event();

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    await this.barReady.wait();
    for (let i = 0; i < this.n; i++) {
      printFoo();
      this.printBar?.();
    }
    this.allPrinted.set();
  }

  async bar(printBar: () => void): Promise<void> {
    this.printBar = printBar;
    this.barReady.set();
    await this.allPrinted.wait();
  }
}
