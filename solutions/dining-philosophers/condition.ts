import { Condition } from '@kit';

/**
 * A monitor over the five forks: under one lock a philosopher waits until both its forks lie on the table
 * and takes them together, so nobody ever holds one fork while waiting for the other (no hold-and-wait, hence
 * no deadlock). The lock is released while eating, so philosophers who share no fork eat at the same time.
 * Putting the forks back wakes everyone waiting; each re-checks its own two forks (`waitFor`).
 *
 * Invariant: onTable[f] is false exactly while some call holds fork f, between its pick and its put.
 */
export class DiningPhilosophers {
  private readonly onTable = [true, true, true, true, true];
  private readonly forksChanged = new Condition(undefined, 'forksChanged');

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
    await this.forksChanged.acquire();
    try {
      await this.forksChanged.waitFor(() => this.onTable[left] === true && this.onTable[right] === true);
      this.onTable[left] = false;
      this.onTable[right] = false;
      pickLeftFork();
      pickRightFork();
    } finally {
      this.forksChanged.release();
    }
    await eat();
    await this.forksChanged.acquire();
    putLeftFork();
    putRightFork();
    this.onTable[left] = true;
    this.onTable[right] = true;
    this.forksChanged.notifyAll();
    this.forksChanged.release();
  }
}
