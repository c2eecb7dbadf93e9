// expect: violation
// Bug: a lock only keeps the two prints apart; it says nothing about whose turn it is. Lock hand-over is FIFO,
// so the tasks alternate only while both keep queueing: if bar() takes the lock first, "bar" comes first, and
// if foo() runs two rounds before bar() first asks for the lock, "foofoo" comes out.
import { Lock } from '@kit';

export class FooBar {
  private readonly lock = new Lock();

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.lock.acquire();
      printFoo();
      this.lock.release();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.lock.acquire();
      printBar();
      this.lock.release();
    }
  }
}
