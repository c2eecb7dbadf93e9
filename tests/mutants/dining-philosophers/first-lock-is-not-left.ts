// expect: violation
// Bug: takes the lower-numbered fork first (right, that avoids the deadlock) but calls pickLeftFork() right
// after the first lock, assuming the first fork is always the left one. For philosopher 4 the first fork is
// fork 0, its right one: it picks up its left fork (4) before locking it, possibly while philosopher 3 holds
// fork 4 and eats.
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
    const left = philosopher;
    const right = (philosopher + 1) % 5;
    const [first, second] = left < right ? [left, right] : [right, left];
    await (this.forks[first] as Lock).acquire();
    pickLeftFork();
    await (this.forks[second] as Lock).acquire();
    pickRightFork();
    await eat();
    putLeftFork();
    putRightFork();
    (this.forks[second] as Lock).release();
    (this.forks[first] as Lock).release();
  }
}
