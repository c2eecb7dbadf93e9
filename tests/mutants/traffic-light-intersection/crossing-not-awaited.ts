// expect: violation
// Bug: starts crossCar() but does not await it, so the lock is released (and carArrived returns) while the car
// is still on the intersection; the next car of the other road switches the light under it.
import { Lock } from '@kit';

export class TrafficLight {
  private green = 1;
  private readonly intersection = new Lock();

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
      void crossCar();
    } finally {
      this.intersection.release();
    }
  }
}
