// expect: violation
// Bug: the right fork's number is computed as `philosopher + 1`, without `% 5`, and each fork's lock is
// made on demand in a Map. So philosopher 4's right fork gets a lock of its own, "fork 5", instead of sharing
// fork 0's lock with philosopher 0. Every pair of neighbours but one is kept apart: philosophers 4 and 0 can
// both hold fork 0 at once.
import { Lock } from '@kit';

export class DiningPhilosophers {
  private readonly forks = new Map<number, Lock>();

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = this.fork(philosopher);
    const right = this.fork(philosopher + 1);
    await left.acquire();
    await right.acquire();
    pickLeftFork();
    pickRightFork();
    try {
      await eat();
    } finally {
      putLeftFork();
      putRightFork();
      right.release();
      left.release();
    }
  }

  private fork(i: number): Lock {
    let lock = this.forks.get(i);
    if (lock === undefined) {
      lock = new Lock(`fork ${i}`);
      this.forks.set(i, lock);
    }
    return lock;
  }
}
