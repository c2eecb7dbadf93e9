// Idiom: cars of the green road cross side by side. A count of cars on the intersection and an EventEmitter
// that says "the intersection is empty"; a car of the red road waits with `events.once` in a `while` loop, and
// re-checks, switches and counts itself in one synchronous step once the intersection is empty.
import { EventEmitter, once } from 'node:events';

export class TrafficLight {
  private green = 1;
  private crossing = 0;
  private readonly changes = new EventEmitter();

  constructor() {
    this.changes.setMaxListeners(0); // any number of cars may wait
  }

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    while (this.green !== roadId && this.crossing > 0) await once(this.changes, 'empty');
    if (this.green !== roadId) {
      turnGreen();
      this.green = roadId;
    }
    this.crossing += 1;
    try {
      await crossCar();
    } finally {
      this.crossing -= 1;
      if (this.crossing === 0) this.changes.emit('empty');
    }
  }
}
