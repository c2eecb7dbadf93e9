// expect: deadlock
// Bug: only oxygen() checks whether the molecule is complete, assuming the oxygen always comes last. When the
// oxygen is released before its second hydrogen (O1 H1 H2), nobody empties the molecule: the next atoms wait
// for room that never frees up (a deadlock).
import { Condition } from '@kit';

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
      if (this.hydrogens === 2) {
        this.hydrogens = 0;
        this.oxygens = 0;
        this.room.notifyAll();
      }
    } finally {
      this.room.release();
    }
  }
}
