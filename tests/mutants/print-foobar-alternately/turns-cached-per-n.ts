// expect: violation
// Bug: the pair of turn semaphores is cached in a module-level Map keyed by n ("every FooBar(n) can share
// them"), so two FooBar objects with the same n in use at once steal each other's turns: one object's foo()
// takes the permit the other object's bar() released, and that object prints "foo" twice in a row.
import { Semaphore } from '@kit';

interface Turnstiles { foo: Semaphore; bar: Semaphore }
const byN = new Map<number, Turnstiles>();

function turnstilesFor(n: number): Turnstiles {
  let t = byN.get(n);
  if (t === undefined) {
    t = { foo: new Semaphore(1), bar: new Semaphore(0) };
    byN.set(n, t);
  }
  return t;
}

export class FooBar {
  private readonly turns: Turnstiles;

  constructor(private readonly n: number) {
    this.turns = turnstilesFor(n);
  }

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.turns.foo.acquire();
      printFoo();
      this.turns.bar.release();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.turns.bar.acquire();
      printBar();
      this.turns.foo.release();
    }
  }
}
