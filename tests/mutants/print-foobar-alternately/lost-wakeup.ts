// expect: deadlock
// Bug: waits for a notify without a predicate to check first. If foo() prints and notifies before bar() has
// started waiting (foo() simply starts first), the notify wakes nobody and is gone: bar() waits for a wake-up
// that already happened, foo() waits for bar(), and both hang (deadlock).
import { Condition } from '@kit';

export class FooBar {
  private readonly turn = new Condition();

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    await this.turn.acquire();
    for (let i = 0; i < this.n; i++) {
      printFoo();
      this.turn.notify();
      await this.turn.wait();
    }
    this.turn.release();
  }

  async bar(printBar: () => void): Promise<void> {
    await this.turn.acquire();
    for (let i = 0; i < this.n; i++) {
      await this.turn.wait();
      printBar();
      this.turn.notify();
    }
    this.turn.release();
  }
}
