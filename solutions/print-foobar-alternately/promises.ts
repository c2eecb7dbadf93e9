/**
 * Plain promises only: a hand-off slot per side. `pass(side)` opens the side's current gate; `turn(side)`
 * waits for the gate and replaces it with a fresh, closed one. foo's first gate starts open.
 *
 * Invariant: each side always has exactly one gate, created before anyone can open it, so opening never
 * happens "too early" into nothing: the opener resolves the very promise the waiter will (or already does) await.
 */
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

  constructor(private readonly n: number) {
    this.fooGate.open();
  }

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      const gate = this.fooGate;
      await gate.opened;
      this.fooGate = closedGate();
      printFoo();
      this.barGate.open();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      const gate = this.barGate;
      await gate.opened;
      this.barGate = closedGate();
      printBar();
      this.fooGate.open();
    }
  }
}
