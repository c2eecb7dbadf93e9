// expect: violation
// Bug: the intersection semaphore starts with two permits ("two roads, two permits"), so two cars are on the
// intersection at once, including one from each road: the second switches the light under the first.
import { Semaphore } from '@kit';

export class TrafficLight {
  private green = 1;
  private readonly permits = new Semaphore(2);

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await this.permits.acquire();
    try {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    } finally {
      this.permits.release();
    }
  }
}
