import { Semaphore } from '@kit';

/**
 * A butler (a semaphore with 4 permits) lets at most four calls sit at the table at once; seated, everyone
 * takes the left fork, then the right one, each a semaphore with one permit. A deadlock would need five calls
 * each holding a left fork and waiting for the right one; with at most four seated, one of the five forks is
 * always free, so the call to its left can take it and eat.
 *
 * Invariant: permits of fork f = 1 - (calls holding fork f); the butler's permits = 4 - (calls seated).
 */
export class DiningPhilosophers {
  private readonly butler = new Semaphore(4, 'butler');
  private readonly forks = Array.from({ length: 5 }, (_, i) => new Semaphore(1, `fork ${i}`));

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = this.fork(philosopher);
    const right = this.fork((philosopher + 1) % 5);
    await this.butler.acquire();
    await left.acquire();
    pickLeftFork();
    await right.acquire();
    pickRightFork();
    await eat();
    putLeftFork();
    left.release();
    putRightFork();
    right.release();
    this.butler.release();
  }

  private fork(i: number): Semaphore {
    return this.forks[i] as Semaphore;
  }
}
