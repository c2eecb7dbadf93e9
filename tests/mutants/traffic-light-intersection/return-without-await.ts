// expect: violation
// Bug: `return crossCar()` inside `try ... finally` without `await`. An async function that returns a promise
// leaves the try block at once, so the finally block runs as the car starts crossing, not once it is across:
// the car is counted off the intersection while still on it, and a car of the other road switches the light
// under it. (carArrived() itself still resolves only after the crossing, so nothing looks wrong from outside.)
import { EventEmitter, once } from 'node:events';

export class TrafficLight {
  private green = 1;
  private crossing = 0;
  private readonly changes = new EventEmitter();

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    while (this.green !== roadId && this.crossing > 0) await once(this.changes, 'clear');
    if (this.green !== roadId) {
      turnGreen();
      this.green = roadId;
    }
    this.crossing += 1;
    try {
      // eslint-disable-next-line @typescript-eslint/return-await -- the bug this mutant is about (the linter does catch it)
      return crossCar();
    } finally {
      this.crossing -= 1;
      if (this.crossing === 0) this.changes.emit('clear');
    }
  }
}
