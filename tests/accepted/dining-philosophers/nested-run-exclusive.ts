// Idiom: async-mutex `runExclusive` nested in a global order (lower-numbered fork outside). Each mutex is
// released when its callback settles, so the forks can never be left locked, and the global order rules out
// a circular wait.
import { Mutex } from 'async-mutex';

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
    const outer = this.forks[Math.min(left, right)] as Mutex;
    const inner = this.forks[Math.max(left, right)] as Mutex;
    await outer.runExclusive(() =>
      inner.runExclusive(async () => {
        pickLeftFork();
        pickRightFork();
        await eat();
        putLeftFork();
        putRightFork();
      }),
    );
  }
}
