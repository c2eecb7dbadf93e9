// expect: violation
// Bug: an atom checks for room with `if` and, once woken, takes a place without checking again. Completing a
// molecule wakes every waiter: when H3, H4 and H5 all wait and molecule 1 completes, all three wake up and
// take hydrogen places, so molecule 2 gets a third hydrogen.
import { Condition } from '@kit';

export class H2O {
  private hydrogens = 0;
  private oxygens = 0;
  private readonly room = new Condition(undefined, 'room');

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.room.acquire();
    try {
      if (this.hydrogens >= 2) await this.room.wait();
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
      if (this.oxygens >= 1) await this.room.wait();
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
