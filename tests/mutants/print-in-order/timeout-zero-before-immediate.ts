// expect: violation
// Bug: first() waits for a roll call, prints, then opens second()'s gate with setTimeout(…, 0) and third()'s with
// setImmediate, assuming a 0 ms timeout always fires before an immediate. In Node, when first() runs outside the
// event loop's check phase (in a timer's callback, or a promise job after one), the immediate fires first and
// "third" is printed before "second".
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export class Foo {
  private readonly secondHere = gate();
  private readonly thirdHere = gate();
  private readonly secondGo = gate();
  private readonly thirdGo = gate();

  async first(printFirst: () => void): Promise<void> {
    // Roll call: wait until both other tasks are parked at their gates.
    await Promise.all([this.secondHere.opened, this.thirdHere.opened]);
    printFirst();
    // "Timers run before immediates", so second() is let go first.
    setTimeout(this.secondGo.open, 0);
    setImmediate(this.thirdGo.open);
  }

  async second(printSecond: () => void): Promise<void> {
    this.secondHere.open();
    await this.secondGo.opened;
    printSecond();
  }

  async third(printThird: () => void): Promise<void> {
    this.thirdHere.open();
    await this.thirdGo.opened;
    printThird();
  }
}
