// expect: violation
// Bug: a free fork is granted "asynchronously, never synchronously" (no Zalgo): it is marked taken inside
// process.nextTick; when two neighbours ask for their shared fork in the same microtask drain (both resumed from
// an await at once), Node runs the nextTicks only after the whole drain, so both see the fork free and both pick
// it up.
export class DiningPhilosophers {
  private readonly taken = [false, false, false, false, false];
  private readonly waiters: Array<Array<() => void>> = [[], [], [], [], []];

  private take(fork: number): Promise<void> {
    if (!this.taken[fork]) {
      return new Promise((resolve) => process.nextTick(() => { this.taken[fork] = true; resolve(); }));
    }
    return new Promise((resolve) => this.waiters[fork]?.push(resolve)); // handed over, stays taken
  }

  private put(fork: number): void {
    const next = this.waiters[fork]?.shift();
    if (next) next();
    else this.taken[fork] = false;
  }

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = philosopher;
    const right = (philosopher + 1) % 5;
    await this.take(Math.min(left, right));
    await this.take(Math.max(left, right));
    pickLeftFork();
    pickRightFork();
    await eat();
    putLeftFork();
    putRightFork();
    this.put(Math.max(left, right));
    this.put(Math.min(left, right));
  }
}
