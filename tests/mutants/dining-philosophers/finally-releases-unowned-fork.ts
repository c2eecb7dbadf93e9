// expect: violation
// Bug: takes the forks through async-mutex's `withTimeout` and retries on a timeout, but releases both mutexes
// in a `finally` that also runs when an acquire timed out. async-mutex's `Mutex.release()` does not check who
// holds the lock: a philosopher who timed out waiting for a fork unlocks it under the neighbour who is eating
// with it, and a third philosopher picks up a fork that is still in the neighbour's hand.
import { E_TIMEOUT, type MutexInterface, Mutex, withTimeout } from 'async-mutex';

export class DiningPhilosophers {
  private readonly forks: MutexInterface[] = Array.from({ length: 5 }, () => withTimeout(new Mutex(), 1000));

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
    const first = this.forks[Math.min(left, right)] as MutexInterface;
    const second = this.forks[Math.max(left, right)] as MutexInterface;
    for (;;) {
      try {
        await first.acquire();
        await second.acquire();
        pickLeftFork();
        pickRightFork();
        await eat();
        putLeftFork();
        putRightFork();
        return;
      } catch (error) {
        if (error !== E_TIMEOUT) throw error;
      } finally {
        second.release();
        first.release();
      }
    }
  }
}
