// expect: deadlock
// Bug: completing a molecule wakes only one waiter, though three places just came free. The woken atom takes
// one place; the others sleep on with room available, and unless another molecule completes to wake them,
// they wait forever (a deadlock). With OOHHHH: H1 and H4 are released, H3 and H2 find no room and wait, O1
// completes molecule 1 and wakes only H3; O2 and H3 are released, and H2 waits for a wake-up that never comes.
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
      this.room.notify();
    }
  }
}
