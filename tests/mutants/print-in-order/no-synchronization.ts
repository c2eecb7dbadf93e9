// expect: violation
// Bug: nothing orders the calls, so the output follows whichever task happens to start first.
export class Foo {
  async first(printFirst: () => void): Promise<void> {
    printFirst();
  }

  async second(printSecond: () => void): Promise<void> {
    printSecond();
  }

  async third(printThird: () => void): Promise<void> {
    printThird();
  }
}
