// expect: deadlock
// Bug: a hydrogen takes a seat but never gives it back. The first molecule forms; after it, the two hydrogen
// seats are gone for good, so every other hydrogen waits forever, and the oxygens with it at the barrier.
import { Barrier, Semaphore } from '@kit';

export class H2O {
  private readonly hydrogenSeats = new Semaphore(2, 'hydrogenSeats');
  private readonly oxygenSeat = new Semaphore(1, 'oxygenSeat');
  private readonly bond = new Barrier(3, 'bond');

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.hydrogenSeats.acquire();
    await this.bond.wait();
    releaseHydrogen();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.oxygenSeat.acquire();
    await this.bond.wait();
    releaseOxygen();
    this.oxygenSeat.release();
  }
}
