// expect: violation
// Bug: decides whether to switch the light before taking the lock, then acts on that stale decision. Two cars
// of road B both see road A green and both switch: the second turns a green road green. Or a car sees its
// road green, waits for the lock while the other road takes over, and crosses on red.
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
    const mustSwitch = this.green !== roadId;
    await this.intersection.acquire();
    try {
      if (mustSwitch) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    } finally {
      this.intersection.release();
    }
  }
}
