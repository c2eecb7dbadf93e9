// expect: violation
// Bug: an atom waits for its molecule to complete, but only for 2 s ("so no atom is ever stuck"), then leaves
// anyway. An oxygen that arrives more than 2 s after two hydrogens is simply late, not missing: the hydrogens
// leave without it, their seats go to the next hydrogens, which leave too, and the releases read HHH.
import { Semaphore } from 'async-mutex';
import { setTimeout as sleep } from 'node:timers/promises';

export class H2O {
  private readonly hydrogenSeats = new Semaphore(2);
  private readonly oxygenSeat = new Semaphore(1);
  private arrived: Array<() => void> = [];

  private bond(): Promise<void> {
    if (this.arrived.length === 2) {
      const others = this.arrived;
      this.arrived = [];
      for (const wake of others) wake();
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.arrived.push(resolve));
  }

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    const [, giveBack] = await this.hydrogenSeats.acquire();
    await Promise.race([this.bond(), sleep(2000)]);
    releaseHydrogen();
    giveBack();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    const [, giveBack] = await this.oxygenSeat.acquire();
    await Promise.race([this.bond(), sleep(2000)]);
    releaseOxygen();
    giveBack();
  }
}
