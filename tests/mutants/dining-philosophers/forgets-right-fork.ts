// expect: violation
// Bug: releases both fork locks but only puts the left fork back (putRightFork is never called). The lock says
// the right fork is free, yet the philosopher still holds it: wantsToEat returns with a fork in hand, and the
// right-hand neighbour would pick up a fork that is still in someone's hand. The first meal shows it.
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
    await eat();
    putLeftFork();
    (this.forks[second] as Lock).release();
    (this.forks[first] as Lock).release();
  }
}
