// expect: deadlock
// Bug: the fast path (road already green) returns without releasing the lock. The first car on road A
// crosses and keeps the lock forever: every later car waits for it (a deadlock as soon as there are two cars
// and the first one found its road green).
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
    if (this.green === roadId) {
      await crossCar();
      return;
    }
    turnGreen();
    this.green = roadId;
    await crossCar();
    this.intersection.release();
  }
}
