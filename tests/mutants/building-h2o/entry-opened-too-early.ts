// expect: violation
// Bug: the atom that completes a molecule lets two hydrogens and one oxygen out of their queues, but opens
// the entry lock at once instead of after the three have been released. Being let out and being released are
// two steps: while atoms of molecule 1 have their permits but have not run yet, the next atoms come in, form
// molecule 2, and release first. With OOHHHH: the four hydrogens queue up; O1 comes in, lets H1 and H4 out
// and is released; before either hydrogen runs, O2 comes in, completes a second molecule with H2 and H3 and
// is released too: O1 O2.
import { Lock, Semaphore } from '@kit';

export class H2O {
  private readonly entry = new Lock('entry');
  private readonly hydrogenGo = new Semaphore(0, 'hydrogenGo');
  private readonly oxygenGo = new Semaphore(0, 'oxygenGo');
  private waitingH = 0;
  private waitingO = 0;

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
    if (this.waitingH >= 2 && this.waitingO >= 1) {
      this.waitingH -= 2;
      this.waitingO -= 1;
      this.hydrogenGo.release();
      this.hydrogenGo.release();
      this.oxygenGo.release();
    }
    this.entry.release();
    await go.acquire();
    release();
  }
}
