import { setTimeout as nap } from 'node:timers/promises';

// Correct: waiting cars take an abortable nap (timers/promises setTimeout with an AbortSignal); the last
// car to leave the intersection wakes them all by aborting their naps. An aborted nap rejects with Node's
// AbortError (code 'ABORT_ERR'), which is swallowed; anything else is rethrown. Waiters re-check in a
// while loop, and the nap's own timeout bounds any missed wake-up.
export class TrafficLight {
  private green = 1;
  private onIntersection = 0;
  private readonly nappers = new Set<AbortController>();

  private async napUntilWoken(): Promise<void> {
    const ac = new AbortController();
    this.nappers.add(ac);
    try {
      await nap(1000, undefined, { signal: ac.signal });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ABORT_ERR') throw err;
    } finally {
      this.nappers.delete(ac);
    }
  }

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    while (this.green !== roadId && this.onIntersection > 0) await this.napUntilWoken();
    if (this.green !== roadId) {
      turnGreen();
      this.green = roadId;
    }
    this.onIntersection++;
    try {
      await crossCar();
    } finally {
      if (--this.onIntersection === 0) for (const ac of this.nappers) ac.abort();
    }
  }
}
