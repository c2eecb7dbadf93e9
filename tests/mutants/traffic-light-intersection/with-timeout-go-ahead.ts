// expect: violation
// Bug: one car at a time, through async-mutex's `withTimeout(new Mutex(), 2000)`, and a car whose wait times
// out drives on "since the intersection must be clear by now". A crossing can take longer than 2 s: the
// waiting car of the other road then switches the light while that car is still on the intersection.
import { E_TIMEOUT, Mutex, type MutexInterface, withTimeout } from 'async-mutex';

export class TrafficLight {
  private green = 1;
  private readonly intersection = withTimeout(new Mutex(), 2000);

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    let release: MutexInterface.Releaser | undefined;
    try {
      release = await this.intersection.acquire();
    } catch (error) {
      if (error !== E_TIMEOUT) throw error;
      // waited 2 s: go anyway
    }
    try {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    } finally {
      release?.();
    }
  }
}
