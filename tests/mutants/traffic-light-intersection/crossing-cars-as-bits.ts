// expect: violation
// Bug: the cars on the intersection are kept as one bit each, `crossingBits |= 1 << carId`, and the light may
// turn once no bit is set. JavaScript takes a shift count modulo 32, so cars 1 and 33 set the same bit: when
// car 1 drives off it clears that bit, the intersection looks empty, and a waiting car of the other road turns
// its road green under car 33. Caught in "cars 1 and 33 on road A cross together while car 2 of road B waits".
import { Condition } from '@kit';

export class TrafficLight {
  private green = 1;
  private crossingBits = 0;
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
      await this.changed.waitFor(() => this.green === roadId || this.crossingBits === 0);
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      this.crossingBits |= 1 << carId;
    } finally {
      this.changed.release();
    }
    try {
      await crossCar();
    } finally {
      await this.changed.acquire();
      this.crossingBits &= ~(1 << carId);
      if (this.crossingBits === 0) this.changed.notifyAll();
      this.changed.release();
    }
  }
}
