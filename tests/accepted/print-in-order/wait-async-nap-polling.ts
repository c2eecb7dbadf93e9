// Idiom: polling with Atomics.waitAsync as a sleep: a waiter naps 1 ms at a time on a cell nobody notifies
// (it always comes back "timed-out") and re-checks the stage after each nap; first() and second() only set
// the stage. The order holds however late a task starts.
export class Foo {
  private stage = 0;
  private readonly nap = new Int32Array(new SharedArrayBuffer(4));

  private async until(stage: number): Promise<void> {
    while (this.stage < stage) {
      const wait = Atomics.waitAsync(this.nap, 0, 0, 1);
      if (wait.async) await wait.value;
    }
  }

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.stage = 1;
  }

  async second(printSecond: () => void): Promise<void> {
    await this.until(1);
    printSecond();
    this.stage = 2;
  }

  async third(printThird: () => void): Promise<void> {
    await this.until(2);
    printThird();
  }
}
