import { Condition } from '@kit';

/**
 * The molecule being built is two counters under one condition. An atom waits until its kind still has room
 * in the current molecule, takes the place and releases itself at once; the atom that fills the last place
 * empties the molecule and wakes every waiter, since any of them may fit the next one.
 *
 * Invariant: `hydrogens` <= 2 and `oxygens` <= 1 at all times, and they count exactly the releases of the
 * current molecule, so every three consecutive releases are two H and one O. `waitFor` re-checks the room after
 * each wake-up, so a waiter woken along with others cannot overfill the molecule.
 */
export class H2O {
  private hydrogens = 0;
  private oxygens = 0;
  private readonly room = new Condition(undefined, 'room');

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.room.acquire();
    try {
      await this.room.waitFor(() => this.hydrogens < 2);
      this.hydrogens += 1;
      releaseHydrogen();
      this.completeIfFull();
    } finally {
      this.room.release();
    }
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.room.acquire();
    try {
      await this.room.waitFor(() => this.oxygens < 1);
      this.oxygens += 1;
      releaseOxygen();
      this.completeIfFull();
    } finally {
      this.room.release();
    }
  }

  private completeIfFull(): void {
    if (this.hydrogens === 2 && this.oxygens === 1) {
      this.hydrogens = 0;
      this.oxygens = 0;
      this.room.notifyAll();
    }
  }
}
