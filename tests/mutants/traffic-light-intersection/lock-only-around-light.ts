// expect: violation
// Bug: guards the light switch but not the crossing. The lock is released before crossCar(), so a car of the
// other road can switch the light while this car is still on the intersection (B arrives while A crosses).
import { Lock } from '@kit';

export class TrafficLight {
  private green = 1;
  private readonly light = new Lock();

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await this.light.acquire();
    try {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
    } finally {
      this.light.release();
    }
    await crossCar();
  }
}
