// expect: deadlock
// Bug: a butler lets at most four philosophers reach for forks, which makes "left fork first" safe, but the
// butler is a hand-made semaphore whose acquire waits with `if`. A seat given back wakes a waiter that resumes
// a few ticks later; a philosopher arriving in between (the one who just left, if it is hungry again at once)
// takes the seat, the woken one sits down too, and five philosophers can each hold their left fork while
// waiting for their right one: a circular wait.
class Butler {
  private readonly waiting: Array<() => void> = [];

  constructor(private seats: number) {}

  private async seatFreed(): Promise<void> {
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  async seat(): Promise<void> {
    if (this.seats === 0) await this.seatFreed();
    this.seats -= 1;
  }

  leave(): void {
    this.seats += 1;
    this.waiting.shift()?.();
  }
}

/** A lock that hands itself to the next waiter (no barging). */
class ForkLock {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next();
    else this.held = false;
  }
}

export class DiningPhilosophers {
  private readonly butler = new Butler(4);
  private readonly forks = Array.from({ length: 5 }, () => new ForkLock());

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = this.forks[philosopher] as ForkLock;
    const right = this.forks[(philosopher + 1) % 5] as ForkLock;
    await this.butler.seat();
    await left.acquire();
    pickLeftFork();
    await right.acquire();
    pickRightFork();
    await eat();
    putRightFork();
    right.release();
    putLeftFork();
    left.release();
    this.butler.leave();
  }
}
