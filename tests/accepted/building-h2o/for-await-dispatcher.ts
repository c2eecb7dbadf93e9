// Idiom: a dispatcher started in the constructor (a detached async function) reads arrivals with `for await`
// from an async-iterable channel, forms molecules in arrival order, and waits until the three atoms of a
// molecule have released before forming the next. Once all atoms are through it simply stays parked on the
// channel: a pending promise holds nothing open, as in any Node program.
type Kind = 'H' | 'O';

interface Arrival {
  readonly kind: Kind;
  /** Lets the atom go; it calls the `released` callback it is given once it has called its release. */
  readonly admit: (released: () => void) => void;
}

class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private readonly readers: Array<(result: IteratorResult<T>) => void> = [];

  push(item: T): void {
    const reader = this.readers.shift();
    if (reader !== undefined) reader({ value: item, done: false });
    else this.items.push(item);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const item = this.items.shift();
        if (item !== undefined) return Promise.resolve({ value: item, done: false });
        return new Promise((resolve) => this.readers.push(resolve));
      },
    };
  }
}

export class H2O {
  private readonly arrivals = new Channel<Arrival>();

  constructor() {
    void this.dispatch();
  }

  private async dispatch(): Promise<void> {
    const hydrogens: Arrival[] = [];
    const oxygens: Arrival[] = [];
    for await (const arrival of this.arrivals) {
      (arrival.kind === 'H' ? hydrogens : oxygens).push(arrival);
      while (hydrogens.length >= 2 && oxygens.length >= 1) {
        const molecule = [hydrogens.shift(), hydrogens.shift(), oxygens.shift()];
        await Promise.all(molecule.map((atom) => new Promise<void>((released) => atom?.admit(released))));
      }
    }
  }

  private async arrive(kind: Kind, release: () => void): Promise<void> {
    const released = await new Promise<() => void>((admit) => this.arrivals.push({ kind, admit }));
    release();
    released();
  }

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.arrive('H', releaseHydrogen);
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.arrive('O', releaseOxygen);
  }
}
