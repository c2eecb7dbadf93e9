// expect: violation
// Bug: the hydrogen semaphore starts with three permits instead of two. Three hydrogens can then hold seats
// at once and, arriving at the barrier before the oxygen, pass it together: molecule 1 is H1 H2 H3.
import { Barrier, Semaphore } from '@kit';

export class H2O {
  private readonly hydrogenSeats = new Semaphore(3, 'hydrogenSeats');
  private readonly oxygenSeat = new Semaphore(1, 'oxygenSeat');
  private readonly bond = new Barrier(3, 'bond');

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.hydrogenSeats.acquire();
    await this.bond.wait();
    releaseHydrogen();
    this.hydrogenSeats.release();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.oxygenSeat.acquire();
    await this.bond.wait();
    releaseOxygen();
    this.oxygenSeat.release();
  }
}
