// expect: deadlock
// Bug: the waiting side's resolver is kept only through a WeakRef ("so a parked task cannot leak"). A pending
// promise does not hold its own resolve function, so nothing strong reaches it: a garbage collection while
// bar() (or foo()) waits frees it, deref() then returns undefined, and the hand-over wakes nobody.
export class FooBar {
  private turn: 'foo' | 'bar' = 'foo';
  private readonly waiting = new Map<'foo' | 'bar', WeakRef<() => void>>();

  constructor(private readonly n: number) {}

  private async awaitTurn(side: 'foo' | 'bar'): Promise<void> {
    if (this.turn === side) return;
    await new Promise<void>((resolve) => this.waiting.set(side, new WeakRef(resolve)));
  }

  private passTo(side: 'foo' | 'bar'): void {
    this.turn = side;
    const parked = this.waiting.get(side);
    this.waiting.delete(side);
    parked?.deref()?.();
  }

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.awaitTurn('foo');
      printFoo();
      this.passTo('bar');
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.awaitTurn('bar');
      printBar();
      this.passTo('foo');
    }
  }
}
