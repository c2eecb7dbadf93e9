// expect: deadlock
// Bug: one field holds "the" pending timer, so that a sleep can be cancelled. second() tidies up after its
// 0 ms sleep with clearTimeout(this.pending), but third() has stored its own 0 ms sleep there meanwhile, due
// at the same instant. Node fires those two timers one at a time, running second()'s continuation in between:
// second() clears third()'s timer before it fires, and third() sleeps forever.
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export class Foo {
  private readonly firstDone = gate();
  private readonly secondScheduled = gate();
  private readonly secondDone = gate();
  private pending: ReturnType<typeof setTimeout> | undefined;

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.pending = setTimeout(resolve, ms);
    });
  }

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone.open();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.firstDone.opened;
    const turn = this.sleep(0);
    this.secondScheduled.open();
    await turn;
    clearTimeout(this.pending);
    printSecond();
    this.secondDone.open();
  }

  async third(printThird: () => void): Promise<void> {
    await this.secondScheduled.opened;
    await this.sleep(0);
    await this.secondDone.opened;
    printThird();
  }
}
