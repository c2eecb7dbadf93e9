// expect: violation
// Bug: a car of the red road polls every 5 ms for the intersection to clear, but after 1.5 s of polling it
// decides the other road's cars "must be gone" (a stuck counter?) and switches the light anyway. No single
// timer lasts 1.5 s; still, a car that takes longer than that to cross gets the light switched under it.
import { setTimeout as nap } from 'node:timers/promises';

export class TrafficLight {
  private green = 1;
  private crossing = 0;

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    const giveUpAt = Date.now() + 1500;
    while (this.green !== roadId && this.crossing > 0 && Date.now() < giveUpAt) await nap(5);
    if (this.green !== roadId) {
      turnGreen();
      this.green = roadId;
      this.crossing = 0;
    }
    this.crossing += 1;
    try {
      await crossCar();
    } finally {
      this.crossing = Math.max(0, this.crossing - 1);
    }
  }
}
