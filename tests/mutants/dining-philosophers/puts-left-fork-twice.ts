// expect: violation
// Bug: a copy-paste slip puts the left fork down twice and never the right one. The second putLeftFork()
// puts down a fork that is already on the table; the right fork stays in hand. Every schedule shows it.
import { Semaphore } from '@kit';

export class DiningPhilosophers {
  private readonly butler = new Semaphore(4);
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
    putLeftFork();
    right.release();
    this.butler.release();
  }
}
