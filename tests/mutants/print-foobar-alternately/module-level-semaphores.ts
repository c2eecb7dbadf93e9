// expect: violation
// Bug: the two turn semaphores live at module level instead of in each FooBar, so every FooBar shares them.
// One FooBar at a time works, since the semaphores end where they started; but with two FooBars alive at once,
// the bar() of one can take the turn that the foo() of the other handed over, and prints "bar" first.
import { Semaphore } from 'async-mutex';

const fooTurn = new Semaphore(1);
const barTurn = new Semaphore(0);

export class FooBar {
  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await fooTurn.acquire();
      printFoo();
      barTurn.release();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await barTurn.acquire();
      printBar();
      fooTurn.release();
    }
  }
}
