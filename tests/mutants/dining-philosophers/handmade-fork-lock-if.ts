// expect: violation
// Bug: each fork is guarded by a hand-made lock (a flag and a line of plain-promise resolvers) whose acquire
// waits with `if` instead of `while`. release() clears the flag and wakes the next waiter, which resumes only
// a tick later: a philosopher who reaches for the fork in between takes it, and then the woken one takes it
// too. The forks are taken in a global order, so there is no deadlock, but one fork ends up in two hands.
class ForkLock {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  async acquire(): Promise<void> {
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.held = true;
  }

  release(): void {
    this.held = false;
    this.waiting.shift()?.();
  }
}

export class DiningPhilosophers {
  private readonly forks = Array.from({ length: 5 }, () => new ForkLock());

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
    const [first, second] = left < right ? [left, right] : [right, left];
    await this.forks[first]?.acquire();
    await this.forks[second]?.acquire();
    pickLeftFork();
    pickRightFork();
    await eat();
    putLeftFork();
    putRightFork();
    this.forks[second]?.release();
    this.forks[first]?.release();
  }
}
