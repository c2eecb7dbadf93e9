// expect: violation
// Bug: "nobody may hog the forks": the meal is raced against a 2-second timer, and the forks go back on the
// table when the timer wins. eat() can legitimately take longer than that; the forks are then put down (and
// taken by a neighbour) while the philosopher is still eating.
import { Mutex } from 'async-mutex';
import { setTimeout as sleep } from 'node:timers/promises';

export class DiningPhilosophers {
  private readonly forks = Array.from({ length: 5 }, () => new Mutex());

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
    const releaseFirst = await (this.forks[first] as Mutex).acquire();
    const releaseSecond = await (this.forks[second] as Mutex).acquire();
    pickLeftFork();
    pickRightFork();
    await Promise.race([eat(), sleep(2000)]);
    putLeftFork();
    putRightFork();
    releaseSecond();
    releaseFirst();
  }
}
