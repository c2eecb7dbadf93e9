// Idiom: "The intersection emptied" is a generation counter in a SharedArrayBuffer: a waiting car reads the
// generation and registers Atomics.waitAsync on it in the same synchronous step as its check, and the last
// car off bumps the generation and calls Atomics.notify, so no wake-up can be lost.
export class TrafficLight {
  private green = 1;
  private crossing = 0;
  private readonly gen = new Int32Array(new SharedArrayBuffer(4));

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    while (this.green !== roadId && this.crossing > 0) {
      const r = Atomics.waitAsync(this.gen, 0, Atomics.load(this.gen, 0));
      if (r.async) await r.value;
    }
    if (this.green !== roadId) {
      turnGreen();
      this.green = roadId;
    }
    this.crossing += 1;
    try {
      await crossCar();
    } finally {
      this.crossing -= 1;
      if (this.crossing === 0) {
        Atomics.add(this.gen, 0, 1);
        Atomics.notify(this.gen, 0);
      }
    }
  }
}
