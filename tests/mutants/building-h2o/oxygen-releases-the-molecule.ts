// expect: violation
// Bug: hydrogens only drop their callbacks in a queue and return; each oxygen takes two of them and releases
// the whole molecule itself. The letters come out right, but H1 is released by O1's task: the atoms are meant
// to release themselves, in their own tasks, after meeting.
import { Semaphore } from '@kit';

export class H2O {
  private readonly hydrogens: Array<() => void> = [];
  private readonly hydrogenArrived = new Semaphore(0, 'hydrogenArrived');

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    this.hydrogens.push(releaseHydrogen);
    this.hydrogenArrived.release();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.hydrogenArrived.acquire();
    await this.hydrogenArrived.acquire();
    this.hydrogens.shift()?.();
    this.hydrogens.shift()?.();
    releaseOxygen();
  }
}
