// Idiom: plain promises with hand-off. Waiting atoms park their resolvers in one queue per kind. Whoever
// completes a molecule (the arriving atom, or the last atom of the previous molecule to leave) takes two
// hydrogens and one oxygen out of the queues and wakes exactly them; no other molecule forms until all three
// have called their release, so the releases of two molecules never mix.
type Wake = () => void;

export class H2O {
  private readonly hydrogens: Wake[] = [];
  private readonly oxygens: Wake[] = [];
  /** Atoms of the molecule now leaving that have not released yet. */
  private leaving = 0;

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    await new Promise<void>((resolve) => {
      this.hydrogens.push(resolve);
      this.formMolecule();
    });
    releaseHydrogen();
    this.left();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await new Promise<void>((resolve) => {
      this.oxygens.push(resolve);
      this.formMolecule();
    });
    releaseOxygen();
    this.left();
  }

  private formMolecule(): void {
    if (this.leaving > 0 || this.hydrogens.length < 2 || this.oxygens.length < 1) return;
    this.leaving = 3;
    this.hydrogens.shift()?.();
    this.hydrogens.shift()?.();
    this.oxygens.shift()?.();
  }

  private left(): void {
    this.leaving -= 1;
    if (this.leaving === 0) this.formMolecule();
  }
}
