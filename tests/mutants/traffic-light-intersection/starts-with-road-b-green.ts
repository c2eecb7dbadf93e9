// expect: violation
// Bug: remembers road B as green at the start, but the real light starts with road A green. The first car on
// road A turns an already green road green; a first car on road B crosses on red.
import { Lock } from '@kit';

export class TrafficLight {
  private green = 2;
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
      await crossCar();
    } finally {
      this.intersection.release();
    }
  }
}
