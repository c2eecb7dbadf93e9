// Idiom: a butler built from an async-mutex Semaphore with weights: the table has 8 units and a seated
// philosopher holds 2, so at most four sit at once; then "left fork first" cannot close a circle of five. The
// forks are plain async-mutex mutexes, which hand themselves to the next waiter in order.
import { Mutex, Semaphore } from 'async-mutex';

export class DiningPhilosophers {
  private readonly table = new Semaphore(8);
  private readonly forks = Array.from({ length: 5 }, () => new Mutex());

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = this.forks[philosopher] as Mutex;
    const right = this.forks[(philosopher + 1) % 5] as Mutex;
    await this.table.runExclusive(async () => {
      const releaseLeft = await left.acquire();
      pickLeftFork();
      const releaseRight = await right.acquire();
      pickRightFork();
      await eat();
      putRightFork();
      releaseRight();
      putLeftFork();
      releaseLeft();
    }, 2);
  }
}
