// expect: violation
// Bug: the seats are hand-made counting semaphores whose take() waits with `if` instead of `while`. give()
// adds a seat and wakes a waiter, but the waiter resumes a tick later: a hydrogen that arrives in between
// finds the free seat and takes it, then the woken one takes it too. Three hydrogens get in, and the bond can
// release them together as HHH.
class Seats {
  private readonly waiting: Array<() => void> = [];

  constructor(private free: number) {}

  async take(): Promise<void> {
    if (this.free === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.free -= 1;
  }

  give(): void {
    this.free += 1;
    this.waiting.shift()?.();
  }
}

/** Lets atoms go three at a time. */
class Bond {
  private arrived: Array<() => void> = [];

  async join(): Promise<void> {
    if (this.arrived.length === 2) {
      const others = this.arrived;
      this.arrived = [];
      for (const wake of others) wake();
      return;
    }
    await new Promise<void>((resolve) => this.arrived.push(resolve));
  }
}

export class H2O {
  private readonly hydrogenSeats = new Seats(2);
  private readonly oxygenSeat = new Seats(1);
  private readonly bond = new Bond();

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.hydrogenSeats.take();
    await this.bond.join();
    releaseHydrogen();
    this.hydrogenSeats.give();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.oxygenSeat.take();
    await this.bond.join();
    releaseOxygen();
    this.oxygenSeat.give();
  }
}
