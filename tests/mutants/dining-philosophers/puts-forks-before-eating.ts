// expect: violation
// Bug: picks up both forks, then puts them back and releases them before eating ("done with the forks"),
// eating with empty hands. The first philosopher to eat shows it, in every schedule.
import { Semaphore } from '@kit';

export class DiningPhilosophers {
  private readonly seats = new Semaphore(4);
  private readonly forks = Array.from({ length: 5 }, () => new Semaphore(1));

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = this.forks[philosopher] as Semaphore;
    const right = this.forks[(philosopher + 1) % 5] as Semaphore;
    await this.seats.acquire();
    await left.acquire();
    await right.acquire();
    pickLeftFork();
    pickRightFork();
    putLeftFork();
    putRightFork();
    left.release();
    right.release();
    this.seats.release();
    await eat();
  }
}
