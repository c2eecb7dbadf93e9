// expect: across
// Bug: lost concurrency. "split the table into three groups, one lock each" (p % 3), then forks in
// order. Safe and deadlock-free, but philosophers 0 and 3, and 1 and 4, share no fork and can never eat
// at the same time, which the kata requires to be possible.
import { Mutex } from 'async-mutex';

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
    const group = this.groups[philosopher % 3] as Mutex;
    const first = this.forks[Math.min(l, r)] as Mutex;
    const second = this.forks[Math.max(l, r)] as Mutex;
    await group.runExclusive(() =>
      first.runExclusive(() =>
        second.runExclusive(async () => {
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
