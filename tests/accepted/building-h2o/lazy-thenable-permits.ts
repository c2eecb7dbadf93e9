// Idiom: a home-made counting semaphore whose acquire() returns a *lazy* thenable: nothing happens until it is
// awaited, and its then() is what joins the line (like a query builder that runs on then). Awaiting calls then()
// exactly once, so each await takes exactly one permit. Admission: 2 hydrogen permits and 1 oxygen permit per
// molecule; the atoms of a molecule meet at a reusable three-party rendezvous, release themselves, and the
// last one out of the molecule gives the three permits back.
class LazySemaphore {
  private readonly line: Array<() => void> = [];
  constructor(private permits: number) {}

  acquire(): PromiseLike<void> {
    return {
      // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- PromiseLike<void>'s own signature
      then: <A = void, B = never>(onOk?: ((v: void) => A | PromiseLike<A>) | null, onErr?: ((e: unknown) => B | PromiseLike<B>) | null) =>
        new Promise<void>((resolve) => {
          if (this.permits > 0) {
            this.permits -= 1;
            resolve();
          } else this.line.push(resolve);
        }).then(onOk, onErr),
    };
  }

  release(): void {
    const next = this.line.shift();
    if (next !== undefined) next();
    else this.permits += 1;
  }
}

export class H2O {
  private readonly hydrogens = new LazySemaphore(2);
  private readonly oxygens = new LazySemaphore(1);
  private arrived = 0;
  private gate: (() => void)[] = [];
  private out = 0;

  private async bond(release: () => void): Promise<void> {
    this.arrived += 1;
    if (this.arrived === 3) {
      this.arrived = 0;
      const waiting = this.gate;
      this.gate = [];
      for (const w of waiting) w();
    } else await new Promise<void>((resolve) => this.gate.push(resolve));
    release();
    this.out += 1;
    if (this.out === 3) {
      this.out = 0;
      this.hydrogens.release();
      this.hydrogens.release();
      this.oxygens.release();
    }
  }

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.hydrogens.acquire();
    await this.bond(releaseHydrogen);
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.oxygens.acquire();
    await this.bond(releaseOxygen);
  }
}
