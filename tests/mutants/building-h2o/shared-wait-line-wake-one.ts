// expect: deadlock
// Bug: atoms leave in the fixed pattern H H O, H H O, ..., each waiting for its kind's turn in one shared line
// of plain-promise resolvers, and each release wakes only the first atom in the line. When that atom is a
// hydrogen but an oxygen is due, the hydrogen waits again and nobody wakes the waiting oxygen: every atom
// still in the line waits forever.
type Kind = 'H' | 'O';
const PATTERN: readonly Kind[] = ['H', 'H', 'O'];

export class H2O {
  private released = 0;
  private readonly waiting: Array<() => void> = [];

  private wait(): Promise<void> {
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private leave(): void {
    this.released += 1;
    this.waiting.shift()?.();
  }

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    while (PATTERN[this.released % 3] !== 'H') await this.wait();
    releaseHydrogen();
    this.leave();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    while (PATTERN[this.released % 3] !== 'O') await this.wait();
    releaseOxygen();
    this.leave();
  }
}
