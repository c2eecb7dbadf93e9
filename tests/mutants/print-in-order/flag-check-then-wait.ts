// expect: violation
// Bug: checks the flag once with `if` and waits without re-checking; notify() wakes every waiter, so third()
// can wake on first()'s notify and print before second(). (A lost update of the classic "if instead of while".)
import { Condition } from '@kit';

export class Foo {
  private printed = 0;
  private readonly changed = new Condition();

  async first(printFirst: () => void): Promise<void> {
    await this.changed.acquire();
    printFirst();
    this.printed = 1;
    this.changed.notifyAll();
    this.changed.release();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.changed.acquire();
    if (this.printed < 1) await this.changed.wait();
    printSecond();
    this.printed = 2;
    this.changed.notifyAll();
    this.changed.release();
  }

  async third(printThird: () => void): Promise<void> {
    await this.changed.acquire();
    if (this.printed < 2) await this.changed.wait();
    printThird();
    this.changed.release();
  }
}
