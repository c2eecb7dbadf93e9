// expect: deadlock
// Bug: the "intersection empty" signal is a hand-written thenable; `await thenable` calls its then() (which
// registers the waiter) only one microtask later, so when the last crossing car's continuation is already queued
// it notifies first, the registration comes too late, and the red-road car waits forever (a lost wake-up when a
// car leaves in the same microtask run as another car starts waiting).
export class TrafficLight {
  private green = 1;
  private crossing = 0;
  private waiters: Array<() => void> = [];
  private readonly emptied = { then: (resolve: () => void) => { this.waiters.push(resolve); } };

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    while (this.green !== roadId && this.crossing > 0) await this.emptied;
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
        const woken = this.waiters;
        this.waiters = [];
        for (const w of woken) w();
      }
    }
  }
}
