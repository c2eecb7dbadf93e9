// expect: deadlock
// Bug: hands the turn over with plain promises, but each resolver is stored only once the waiter starts
// waiting. If foo() starts first, it prints and calls `wakeBar` before bar() has created it: the wake-up goes
// nowhere, bar() then waits for it forever and foo() waits for bar() (a deadlock).
export class FooBar {
  private wakeFoo: (() => void) | undefined;
  private wakeBar: (() => void) | undefined;

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      if (i > 0) await new Promise<void>((resolve) => (this.wakeFoo = resolve));
      printFoo();
      this.wakeBar?.();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await new Promise<void>((resolve) => (this.wakeBar = resolve));
      printBar();
      this.wakeFoo?.();
    }
  }
}
