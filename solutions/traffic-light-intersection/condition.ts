import { Condition } from '@kit';

/**
 * Cars of the green road cross together; the light turns only on an empty intersection.
 *
 * Under the condition's lock a car waits until its road is green or nobody is crossing; then it switches the
 * light if needed, counts itself in and crosses outside the lock, so cars of the same road overlap. The last
 * car off the intersection notifies everyone, and `waitFor` re-checks after every wake-up, because a car of
 * the green road may have driven in between the notify and the waiter getting the lock back.
 *
 * Invariant (under the lock): `crossing` cars are on the intersection, all on road `green`.
 */
export class TrafficLight {
  private green = 1; // road A starts green
  private crossing = 0;
  private readonly changed = new Condition(undefined, 'intersection');

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await this.changed.acquire();
    try {
      await this.changed.waitFor(() => this.green === roadId || this.crossing === 0);
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      this.crossing += 1;
    } finally {
      this.changed.release();
    }
    try {
      await crossCar();
    } finally {
      await this.changed.acquire();
      this.crossing -= 1;
      if (this.crossing === 0) this.changed.notifyAll();
      this.changed.release();
    }
  }
}
