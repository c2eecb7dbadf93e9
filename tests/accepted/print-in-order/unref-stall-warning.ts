// Idiom: a stall warning on an unref'd timer. Each waiter arms a timer that would log if it waited too long and
// unrefs it, so the timer never keeps the process alive: nobody clears it, and once the work is done Node exits
// without firing it. The waiting itself is a plain promise gate opened by the step before.
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

function warnIfStalled(what: string): void {
  setTimeout(() => console.warn(`still waiting for ${what} after 5 s`), 5000).unref();
}

export class Foo {
  private readonly firstDone = gate();
  private readonly secondDone = gate();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone.open();
  }

  async second(printSecond: () => void): Promise<void> {
    warnIfStalled('first()');
    await this.firstDone.opened;
    printSecond();
    this.secondDone.open();
  }

  async third(printThird: () => void): Promise<void> {
    warnIfStalled('second()');
    await this.secondDone.opened;
    printThird();
  }
}
