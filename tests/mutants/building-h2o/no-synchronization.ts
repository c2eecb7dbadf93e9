// expect: violation
// Bug: every atom releases itself as soon as its task runs. The releases follow the start order, so three
// hydrogens that start before any oxygen form an "HHH" molecule.
export class H2O {
  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    releaseHydrogen();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    releaseOxygen();
  }
}
