// expect: deadlock
// Bug: every philosopher takes its left fork, then its right one. If all five get hungry together and each
// takes its left fork before any neighbour takes a right one, everybody holds one fork and waits for the next
// forever: the classic circular wait (a deadlock).
import { Lock } from '@kit';

export class DiningPhilosophers {
  private readonly forks = Array.from({ length: 5 }, () => new Lock());

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = this.forks[philosopher] as Lock;
    const right = this.forks[(philosopher + 1) % 5] as Lock;
    await left.acquire();
    pickLeftFork();
    await right.acquire();
    pickRightFork();
    await eat();
    putLeftFork();
    left.release();
    putRightFork();
    right.release();
  }
}
