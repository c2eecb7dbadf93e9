import { Lock } from '@kit';

/**
 * One lock per fork, and a global order on the forks: every philosopher takes the lower-numbered of its two
 * forks first. Philosophers 0 to 3 thus take left then right, but philosopher 4 takes its right fork (0)
 * before its left (4). A deadlock needs a cycle of philosophers, each holding one fork and waiting for the
 * next; with everyone climbing the same order, whoever holds the highest fork of such a cycle would be waiting
 * for a lower one, which it would have taken first. So no cycle can form.
 *
 * Invariant: a fork's callback pick/put happens only while holding that fork's lock, so the lock's owner and
 * the fork's holder are the same call. Overlapping calls of one philosopher simply queue on the same locks.
 */
export class DiningPhilosophers {
  private readonly forks = Array.from({ length: 5 }, (_, i) => new Lock(`fork ${i}`));

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
    await this.fork(first).acquire();
    await this.fork(second).acquire();
    pickLeftFork();
    pickRightFork();
    try {
      await eat();
    } finally {
      putLeftFork();
      putRightFork();
      this.fork(second).release();
      this.fork(first).release();
    }
  }

  private fork(i: number): Lock {
    return this.forks[i] as Lock;
  }
}
