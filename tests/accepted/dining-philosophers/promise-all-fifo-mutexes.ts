// Idiom: both forks requested at once with `Promise.all` over two async-mutex mutexes. This is safe because
// an async-mutex acquire joins the mutex's FIFO queue synchronously: a philosopher's two requests are made at
// the same instant, every fork serves requests in the order they were made, and so a chain of philosophers
// waiting for each other always leads to one who asked earlier; no cycle can form.
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
    const left = this.forks[philosopher] as Mutex;
    const right = this.forks[(philosopher + 1) % 5] as Mutex;
    const [releaseLeft, releaseRight] = await Promise.all([left.acquire(), right.acquire()]);
    pickLeftFork();
    pickRightFork();
    try {
      await eat();
    } finally {
      putLeftFork();
      putRightFork();
      releaseLeft();
      releaseRight();
    }
  }
}
