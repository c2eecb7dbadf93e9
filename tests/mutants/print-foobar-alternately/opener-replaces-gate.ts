// expect: deadlock
// Bug: hands the turn over with plain-promise gates, but the side that opens a gate also replaces it with a
// fresh closed one right away. A waiter that reads the gate only after that (bar() starting late, or getting
// back to its loop late) awaits the fresh gate, which nobody will open: both sides then wait forever.
interface Gate {
  readonly opened: Promise<void>;
  readonly open: () => void;
}

function closedGate(): Gate {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export class FooBar {
  private fooGate = closedGate();
  private barGate = closedGate();

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      if (i > 0) await this.fooGate.opened;
      printFoo();
      this.barGate.open();
      this.barGate = closedGate();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.barGate.opened;
      printBar();
      this.fooGate.open();
      this.fooGate = closedGate();
    }
  }
}
