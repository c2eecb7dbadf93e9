// expect: violation
// Bug: a barrier of three groups the atoms, but nothing says which three: three hydrogens that arrive
// together pass it as one "molecule" (H1 H2 H3), leaving the oxygens to meet each other later.
import { Barrier } from '@kit';

export class H2O {
  private readonly bond = new Barrier(3, 'bond');

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await this.bond.wait();
    releaseHydrogen();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.bond.wait();
    releaseOxygen();
  }
}
