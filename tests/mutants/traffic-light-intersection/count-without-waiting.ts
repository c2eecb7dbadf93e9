// expect: violation
// Bug: counts the cars on the intersection but only uses the count to decide whether to switch, never to
// wait: a car of the other road that finds cars crossing just crosses, on red, instead of waiting for them.
import { Lock } from '@kit';

export class TrafficLight {
  private green = 1;
  private crossing = 0;
  private readonly lock = new Lock();

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await this.lock.acquire();
    if (this.green !== roadId && this.crossing === 0) {
      turnGreen();
      this.green = roadId;
    }
    this.crossing += 1;
    this.lock.release();
    try {
      await crossCar();
    } finally {
      this.crossing -= 1;
    }
  }
}
