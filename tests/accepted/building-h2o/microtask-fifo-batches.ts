// Idiom: plain promises relying on the job queue's order. Atoms park resolvers in one queue per kind; the atom
// that completes a molecule wakes two hydrogens and one oxygen in one synchronous step. Their continuations
// run in the order they were resolved, each to its end, before any later continuation: the three releases of a
// molecule are never split by another molecule's.
type Wake = () => void;

export class H2O {
  private readonly hydrogens: Wake[] = [];
  private readonly oxygens: Wake[] = [];

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await new Promise<void>((resolve) => {
      this.hydrogens.push(resolve);
      this.bond();
    });
    releaseHydrogen();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await new Promise<void>((resolve) => {
      this.oxygens.push(resolve);
      this.bond();
    });
    releaseOxygen();
  }

  private bond(): void {
    while (this.hydrogens.length >= 2 && this.oxygens.length >= 1) {
      this.hydrogens.shift()?.();
      this.hydrogens.shift()?.();
      this.oxygens.shift()?.();
    }
  }
}
