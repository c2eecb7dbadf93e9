// Idiom: one async-mutex Mutex held across the whole crossing, with priorities as in async-mutex 0.5: a car
// whose road is green when it arrives asks with priority 1, others with 0, so waiting cars of the green road go
// first and the light switches less often. Priorities only reorder the queue; exclusion is what makes it safe.
import { Mutex } from 'async-mutex';

export class TrafficLight {
  private green = 1;
  private readonly intersection = new Mutex();

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    const release = await this.intersection.acquire(roadId === this.green ? 1 : 0);
    try {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    } finally {
      release();
    }
  }
}
