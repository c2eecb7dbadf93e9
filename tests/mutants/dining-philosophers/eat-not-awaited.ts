// expect: violation
// Bug: starts eat() without awaiting it (fire and forget), then puts the forks down at once. Eating takes
// time, so the forks go back on the table while the philosopher is still eating, in every schedule.
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
    await (this.forks[second] as Lock).acquire();
    pickLeftFork();
    pickRightFork();
    void eat();
    putLeftFork();
    putRightFork();
    (this.forks[second] as Lock).release();
    (this.forks[first] as Lock).release();
  }
}
