// expect: across
// Bug: one lock around the whole table. Never a deadlock and never a fork conflict (LeetCode's judge accepts
// it), but only one philosopher eats at a time, even two who share no fork: in every schedule philosopher 2
// waits while philosopher 0 eats, although their forks are 2, 3 and 0, 1.
import { Lock } from '@kit';

export class DiningPhilosophers {
  private readonly table = new Lock();

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    await this.table.acquire();
    pickLeftFork();
    pickRightFork();
    await eat();
    putLeftFork();
    putRightFork();
    this.table.release();
  }
}
