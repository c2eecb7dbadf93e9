import { Lock, Semaphore } from '@kit';

/**
 * Atoms queue up; whichever atom completes a molecule (the second H next to a waiting O, or an O next to two
 * waiting H) lets exactly two hydrogens and one oxygen out of their queues. It keeps holding the entry lock
 * until all three have been released; the third atom to be released then opens the lock (a kit Lock may be
 * released by any task), so no other molecule can form and release atoms in between. (After "The Little Book
 * of Semaphores", with its barrier replaced by a count.)
 *
 * Invariant: `waitingH` and `waitingO` count the atoms that arrived but were not yet let out; permits released
 * on `hydrogenGo`/`oxygenGo` never exceed those counts, so only atoms of the current molecule get out, and while
 * they do (`releasedOfMolecule` < 3) the entry lock stays taken.
 */
export class H2O {
  private readonly entry = new Lock('entry');
  private readonly hydrogenGo = new Semaphore(0, 'hydrogenGo');
  private readonly oxygenGo = new Semaphore(0, 'oxygenGo');
  private waitingH = 0;
  private waitingO = 0;
  private releasedOfMolecule = 0;

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.arrive('H', this.hydrogenGo, releaseHydrogen);
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.arrive('O', this.oxygenGo, releaseOxygen);
  }

  private async arrive(kind: 'H' | 'O', go: Semaphore, release: () => void): Promise<void> {
    await this.entry.acquire();
    if (kind === 'H') this.waitingH += 1;
    else this.waitingO += 1;
    const completes = this.waitingH >= 2 && this.waitingO >= 1;
    if (completes) {
      this.waitingH -= 2;
      this.waitingO -= 1;
      this.hydrogenGo.release();
      this.hydrogenGo.release();
      this.oxygenGo.release();
    } else {
      this.entry.release();
    }
    await go.acquire();
    release();
    this.releasedOfMolecule += 1;
    if (this.releasedOfMolecule === 3) {
      this.releasedOfMolecule = 0;
      this.entry.release();
    }
  }
}
