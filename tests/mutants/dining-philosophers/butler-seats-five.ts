// expect: deadlock
// Bug: the butler lets five philosophers sit instead of four (wrong initial permits), so it limits nothing:
// all five seated philosophers can each take their left fork and wait for the right one, a deadlock.
import { Semaphore } from '@kit';

export class DiningPhilosophers {
  private readonly butler = new Semaphore(5);
  private readonly forks = Array.from({ length: 5 }, () => new Semaphore(1));

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = this.forks[philosopher] as Semaphore;
    const right = this.forks[(philosopher + 1) % 5] as Semaphore;
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
}
