/**
 * A queue of cars made of plain promises: each car waits for the promise of the car before it, then takes
 * its turn (switch the light if needed, cross) and resolves its own promise for the next car. `tail` is
 * replaced synchronously on arrival, so two cars can never both wait on the same predecessor.
 *
 * Invariant: at most one car is between "my predecessor finished" and "I finished"; only it touches `green`.
 */
export class TrafficLight {
  private green = 1; // road A starts green
  private tail: Promise<void> = Promise.resolve();

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    const before = this.tail;
    let done!: () => void;
    this.tail = new Promise<void>((resolve) => (done = resolve));
    await before;
    try {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    } finally {
      done();
    }
  }
}
