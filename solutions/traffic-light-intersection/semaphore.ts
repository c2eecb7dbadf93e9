import { Semaphore } from '@kit';

/**
 * A binary semaphore (one permit) as the intersection: the permit is the right to be on it. Same protocol as a
 * lock, written with a semaphore: acquire, switch the light if our road is red, cross, release, on every path.
 *
 * Invariant: the permit is held by at most one car; only the holder reads or changes `green`.
 */
export class TrafficLight {
  private green = 1; // road A starts green
  private readonly permit = new Semaphore(1, 'intersection');

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await this.permit.acquire();
    try {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    } finally {
      this.permit.release();
    }
  }
}
