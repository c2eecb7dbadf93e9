// expect: crash
// Bug: besides bonding (correctly, with hand-off queues), it logs how long oxygens waited, from a debounced
// timer that fires once no atom has come or gone for 100 ms, i.e. after the last task has returned. The
// average uses `reduce` without an initial value, which throws on an empty array: when no oxygen had to
// wait, the timer throws after all the work is done, and that uncaught exception kills the process.
type Wake = () => void;

export class H2O {
  private readonly hydrogens: Wake[] = [];
  private readonly oxygens: Array<{ wake: Wake; since: number }> = [];
  private leaving = 0;
  private readonly oxygenWaits: number[] = [];
  private idle: ReturnType<typeof setTimeout> | undefined;

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
      this.oxygens.push({ wake: resolve, since: Date.now() });
      this.formMolecule();
    });
    releaseOxygen();
    this.left();
  }

  private formMolecule(): void {
    this.reportWhenIdle();
    if (this.leaving > 0 || this.hydrogens.length < 2 || this.oxygens.length < 1) return;
    this.leaving = 3;
    const oxygen = this.oxygens.shift();
    const waited = oxygen === undefined ? 0 : Date.now() - oxygen.since;
    if (waited > 0) this.oxygenWaits.push(waited);
    this.hydrogens.shift()?.();
    this.hydrogens.shift()?.();
    oxygen?.wake();
  }

  private left(): void {
    this.leaving -= 1;
    if (this.leaving === 0) this.formMolecule();
  }

  private reportWhenIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      const average = this.oxygenWaits.reduce((sum, ms) => sum + ms) / this.oxygenWaits.length;
      console.debug(`oxygens waited ${average.toFixed(1)} ms on average`);
    }, 100);
  }
}
