// expect: violation
// Bug: nothing makes the tasks take turns. With no await in either loop, whichever task starts first prints all
// of its words in one go: "foofoo…barbar" (or "barfoo" for n = 1 when bar() starts first).
export class FooBar {
  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) printFoo();
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) printBar();
  }
}
