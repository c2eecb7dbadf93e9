// expect: violation
// Bug: a car of the red road waits for the intersection to empty on a hand-made gate (an array of
// plain-promise resolvers), with `if` instead of `while`. The last car out wakes it, but the woken car resumes
// a tick later; a car of the green road that arrives in between drives in, and the woken car, not looking
// again, switches the light under it.
export class TrafficLight {
  private green = 1;
  private crossing = 0;
  private waiting: Array<() => void> = [];

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    if (this.green !== roadId && this.crossing > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
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
        const woken = this.waiting;
        this.waiting = [];
        for (const wake of woken) wake();
      }
    }
  }
}
