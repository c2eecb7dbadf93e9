// expect: violation
// Bug: the widely copied answer. Two hydrogen permits; a hydrogen that finds no permit left (`value === 0`)
// concludes it completed a pair and lets an oxygen in, and the oxygen hands out two new hydrogen permits.
// Reading `value` and acting on it is a race: when two hydrogens are queued as an oxygen hands out the two
// permits, each permit goes straight to a waiter, `value` stays 0, and both hydrogens let an oxygen in. Each
// such round leaves one oxygen permit too many; once two have piled up, two oxygens are released back to back,
// e.g. H1 H2 O1 | H3 H10 O2 | H4 H5 O3 | H6 O4 O5. It takes several molecules and hydrogens queued at the
// right moment, which threads that sleep random amounts rarely produce: random-delay stress tests pass it.
import { Semaphore } from '@kit';

export class H2O {
  private readonly hydrogenPermits = new Semaphore(2, 'hydrogenPermits');
  private readonly oxygenPermit = new Semaphore(0, 'oxygenPermit');

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.hydrogenPermits.acquire();
    releaseHydrogen();
    if (this.hydrogenPermits.value === 0) this.oxygenPermit.release();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.oxygenPermit.acquire();
    releaseOxygen();
    this.hydrogenPermits.release();
    this.hydrogenPermits.release();
  }
}
