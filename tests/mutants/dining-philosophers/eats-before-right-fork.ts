// expect: violation
// Bug: starts eating as soon as it has the left fork and fetches the right one afterwards. Every schedule
// shows it: the first philosopher to eat holds only one fork.
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
    await eat();
    pickRightFork();
    putLeftFork();
    putRightFork();
    (this.forks[second] as Lock).release();
    (this.forks[first] as Lock).release();
  }
}
