import { Lock } from '@kit';

/**
 * One lock around the whole visit to the intersection: a car takes the lock, turns its road green if it is
 * red, crosses, and only then lets the next car in. With one car at a time on the intersection the light
 * can never change under a crossing car, and the remembered colour is always the real one.
 *
 * Invariant: `green` is the road the real light shows, and it is read and changed only by the lock holder.
 */
export class TrafficLight {
  private green = 1; // road A starts green
  private readonly intersection = new Lock('intersection');

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await this.intersection.acquire();
    try {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    } finally {
      this.intersection.release();
    }
  }
}
