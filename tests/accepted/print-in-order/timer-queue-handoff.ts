// Idiom: the last hand-over goes through the timer queue. second() tells third() it is about to print, then
// prints after a 0 ms timer; third() prints from a 0 ms timer of its own, set after second()'s and due at the
// same instant. Node fires timers due at the same instant in the order they were set, and before it fires the
// next one it runs the microtasks the first one set off: second()'s continuation, which prints. So "second"
// always comes out before "third", though third() never waits for second() to have printed.
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

function nextTimerTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Foo {
  private readonly firstDone = gate();
  private readonly secondScheduled = gate();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone.open();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.firstDone.opened;
    const turn = nextTimerTurn();
    this.secondScheduled.open();
    await turn;
    printSecond();
  }

  async third(printThird: () => void): Promise<void> {
    await this.secondScheduled.opened;
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        printThird();
        resolve();
      }, 0),
    );
  }
}
