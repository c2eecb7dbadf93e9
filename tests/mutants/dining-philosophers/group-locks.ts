// expect: across
import { Mutex } from 'async-mutex';

// Bug (lost concurrency): "split the table into three groups, one lock each" (p % 3), then forks in
// order. Safe and deadlock-free, but philosophers 0 and 3, and 1 and 4, share no fork and can never eat
// at the same time, which the kata requires to be possible.
export class DiningPhilosophers {
  private readonly groups = [new Mutex(), new Mutex(), new Mutex()];
  private readonly forks = Array.from({ length: 5 }, () => new Mutex());

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const l = philosopher;
    const r = (philosopher + 1) % 5;
    await this.groups[philosopher % 3]!.runExclusive(() =>
      this.forks[Math.min(l, r)]!.runExclusive(() =>
        this.forks[Math.max(l, r)]!.runExclusive(async () => {
          pickLeftFork();
          pickRightFork();
          await eat();
          putLeftFork();
          putRightFork();
        }),
      ),
    );
  }
}
