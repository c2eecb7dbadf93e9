// expect: across
// Bug: the five fork locks live at module level, outside the class, so every DiningPhilosophers object uses
// the same five locks. Taken in order (lower number first), each table on its own is safe and concurrent,
// but the statement gives each table its own forks: two tables share nothing. Schedule: two tables, philosopher
// 0 alone at each; at table 2 philosopher 0 waits for the locks of forks 0 and 1 until philosopher 0 at table 1
// has eaten, so in no schedule do the two eat at the same time.
import { Semaphore } from '@kit';

const FORKS = [0, 1, 2, 3, 4].map((i) => new Semaphore(1, `fork ${i}`));

export class DiningPhilosophers {
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
    const low = FORKS[Math.min(left, right)] as Semaphore;
    const high = FORKS[Math.max(left, right)] as Semaphore;
    await low.acquire();
    await high.acquire();
    pickLeftFork();
    pickRightFork();
    await eat();
    putLeftFork();
    putRightFork();
    high.release();
    low.release();
  }
}
