// expect: violation
// Bug: waits for "my road is green or the intersection is empty" with if instead of a loop. Between the last
// A car's notify and a waiting B car getting the lock back, a newly arrived A car can drive in (its road is
// green); the B car does not re-check and switches the light under it.
import { Condition } from '@kit';

export class TrafficLight {
  private green = 1;
  private crossing = 0;
  private readonly changed = new Condition();

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await this.changed.acquire();
    if (!(this.green === roadId || this.crossing === 0)) await this.changed.wait();
    if (this.green !== roadId) {
      turnGreen();
      this.green = roadId;
    }
    this.crossing += 1;
    this.changed.release();
    await crossCar();
    await this.changed.acquire();
    this.crossing -= 1;
    if (this.crossing === 0) this.changed.notifyAll();
    this.changed.release();
  }
}
