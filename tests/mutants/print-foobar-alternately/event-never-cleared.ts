// expect: violation
// Bug: the turn events are set but never cleared, so after its first turn each task walks straight through
// its own event. Once foo() printed "foo" and bar() printed "bar", either task can print twice in a row
// (n = 2: foo() runs its second round right after its first, before bar(): "foofoo").
import { Event } from '@kit';

export class FooBar {
  private readonly fooTurn = new Event();
  private readonly barTurn = new Event();

  constructor(private readonly n: number) {
    this.fooTurn.set();
  }

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.fooTurn.wait();
      printFoo();
      this.barTurn.set();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.barTurn.wait();
      printBar();
      this.fooTurn.set();
    }
  }
}
