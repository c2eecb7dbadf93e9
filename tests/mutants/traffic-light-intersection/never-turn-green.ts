// expect: violation
// Bug: serializes the cars but never switches the light, as if crossing one at a time were enough. Any car
// on road B crosses on red.
import { Lock } from '@kit';

export class TrafficLight {
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
      await crossCar();
    } finally {
      this.intersection.release();
    }
  }
}
