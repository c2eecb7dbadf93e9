// expect: violation
// Bug: yields to the event loop a few times instead of waiting for the earlier task, with plain timers.
const yieldOnce = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class Foo {
  async first(printFirst: () => void): Promise<void> {
    printFirst();
  }

  async second(printSecond: () => void): Promise<void> {
    await yieldOnce();
    printSecond();
  }

  async third(printThird: () => void): Promise<void> {
    await yieldOnce();
    await yieldOnce();
    printThird();
  }
}
