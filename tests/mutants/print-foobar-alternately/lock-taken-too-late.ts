// expect: violation
// Bug: a kit Lock cannot start out locked, so bar()'s lock is "closed" by foo() when foo() starts. Until then
// the gate is open: in the schedule where bar() starts first, it takes its own lock and prints "bar" before
// any "foo" (and foo() then waits for a lock nobody will release: the run would deadlock next).
import { Lock } from '@kit';

export class FooBar {
  private readonly fooLock = new Lock();
  private readonly barLock = new Lock();

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    await this.barLock.acquire(); // close bar's gate: too late if bar() already went through it
    for (let i = 0; i < this.n; i++) {
      await this.fooLock.acquire();
      printFoo();
      this.barLock.release();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.barLock.acquire();
      printBar();
      this.fooLock.release();
    }
  }
}
