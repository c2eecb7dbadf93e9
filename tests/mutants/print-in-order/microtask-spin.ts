// expect: livelock
// Bug: waits for a flag with `while (!flag) await Promise.resolve()`, believing each await lets the other
// tasks run. It lets only other microtasks run: timers and I/O wait for the microtask queue to drain, which
// never happens. So when first() is still to start from a timer (a late task), second() spins forever.
export class Foo {
  private firstDone = false;
  private secondDone = false;

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone = true;
  }

  async second(printSecond: () => void): Promise<void> {
    while (!this.firstDone) await Promise.resolve();
    printSecond();
    this.secondDone = true;
  }

  async third(printThird: () => void): Promise<void> {
    while (!this.secondDone) await Promise.resolve();
    printThird();
  }
}
