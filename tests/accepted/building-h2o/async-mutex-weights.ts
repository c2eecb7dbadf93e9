// Idiom: async-mutex with weighted acquires. Hydrogens announce themselves on `hydrogensHere` and wait for a
// go. One oxygen at a time (`runExclusive` on a Mutex) takes two announcements in one weighted acquire,
// leaves, lets exactly two hydrogens go with `release(2)`, and holds the mutex until both have left, so the
// next molecule cannot start before this one is out.
import { Mutex, Semaphore } from 'async-mutex';

export class H2O {
  private readonly oxygenAtWork = new Mutex();
  private readonly hydrogensHere = new Semaphore(0);
  private readonly hydrogensGo = new Semaphore(0);
  private readonly hydrogensOut = new Semaphore(0);

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    this.hydrogensHere.release();
    await this.hydrogensGo.acquire();
    releaseHydrogen();
    this.hydrogensOut.release();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    await this.oxygenAtWork.runExclusive(async () => {
      await this.hydrogensHere.acquire(2);
      releaseOxygen();
      this.hydrogensGo.release(2);
      await this.hydrogensOut.acquire(2);
    });
  }
}
