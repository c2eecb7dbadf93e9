// Idiom: forks taken in a global order through async-mutex's `withTimeout`, where a timeout only means "try
// again": a philosopher keeps the fork it holds and re-requests the one it waits for, and never eats without
// both. (A request that timed out is handed the lock later and gives it straight back.)
import { E_TIMEOUT, type MutexInterface, Mutex, withTimeout } from 'async-mutex';

async function acquirePatiently(fork: MutexInterface): Promise<MutexInterface.Releaser> {
  for (;;) {
    try {
      return await fork.acquire();
    } catch (error) {
      if (error !== E_TIMEOUT) throw error;
    }
  }
}

export class DiningPhilosophers {
  private readonly forks: MutexInterface[] = Array.from({ length: 5 }, () => withTimeout(new Mutex(), 25));

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
    const releaseFirst = await acquirePatiently(this.forks[Math.min(left, right)] as MutexInterface);
    const releaseSecond = await acquirePatiently(this.forks[Math.max(left, right)] as MutexInterface);
    pickLeftFork();
    pickRightFork();
    await eat();
    putLeftFork();
    putRightFork();
    releaseSecond();
    releaseFirst();
  }
}
