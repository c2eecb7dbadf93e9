// expect: violation
// Bug: a finished FooBar hands its pair of turn semaphores back to a module-level pool, and the constructor
// of the next one takes a pair from there and gives foo its first turn with release(), as if the pair were
// new and empty; but the pool's pair still holds the permit the last bar() released, so foo now has two and
// prints "foo" twice in a row. Objects alive at the same time never see it: it takes a FooBar built after
// another one finished (FooBar(2), then a new FooBar(2)).
import { Semaphore } from '@kit';

interface Turns {
  readonly foo: Semaphore;
  readonly bar: Semaphore;
}

/** Pairs of finished objects, ready to be used again instead of allocating new ones. */
const pool: Turns[] = [];

export class FooBar {
  private readonly turns: Turns;
  private sidesDone = 0;

  constructor(private readonly n: number) {
    this.turns = pool.pop() ?? { foo: new Semaphore(0), bar: new Semaphore(0) };
    this.turns.foo.release(); // foo goes first
  }

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.turns.foo.acquire();
      printFoo();
      this.turns.bar.release();
    }
    this.sideDone();
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.turns.bar.acquire();
      printBar();
      this.turns.foo.release();
    }
    this.sideDone();
  }

  private sideDone(): void {
    this.sidesDone += 1;
    if (this.sidesDone === 2) pool.push(this.turns);
  }
}
