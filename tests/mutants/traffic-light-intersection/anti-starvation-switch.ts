// expect: violation
// Bug: cars of the green road cross side by side, and a car of the red road waits until the intersection is
// empty; to keep a busy road from starving the other one, a car that has waited 3 s switches the light anyway.
// But the cars still crossing do not vanish after 3 s: the light changes under them.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

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
    const deadline = Date.now() + 3000;
    while (this.green !== roadId && this.crossing > 0 && Date.now() < deadline) {
      await Promise.race([once(this.changes, 'clear'), sleep(deadline - Date.now())]);
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
      if (this.crossing === 0) this.changes.emit('clear');
    }
  }
}
