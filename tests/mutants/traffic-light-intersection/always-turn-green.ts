// expect: violation
// Bug: calls turnGreen() on every arrival "to be safe". The first car on road A (which starts green), or a
// second car on a road that is already green, turns a green road green: an error on the real light.
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
      turnGreen();
      await crossCar();
    } finally {
      this.intersection.release();
    }
  }
}
