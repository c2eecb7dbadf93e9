// expect: violation
// Bug: bar's semaphore starts with one permit instead of zero, so bar() need not wait for the first "foo":
// in the schedule where bar() starts first it prints "bar" before anything else.
import { Semaphore } from '@kit';

export class FooBar {
  private readonly fooTurn = new Semaphore(1);
  private readonly barTurn = new Semaphore(1);

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.fooTurn.acquire();
      printFoo();
      this.barTurn.release();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.barTurn.acquire();
      printBar();
      this.fooTurn.release();
    }
  }
}
