import { Barrier, Semaphore } from '@kit';

/**
 * Two semaphores let at most one molecule's worth of atoms in (two hydrogens, one oxygen); a barrier of three
 * holds them until the molecule is complete. Only after passing the barrier does an atom release itself and
 * give its seat back to the next atom of its kind.
 *
 * Invariant: at most two H and one O hold a seat. The next molecule needs seats freed by this one, and a seat
 * is freed only after its atom was released, so the three releases of a molecule cannot mix with the next.
 */
export class H2O {
  private readonly hydrogenSeats = new Semaphore(2, 'hydrogenSeats');
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
