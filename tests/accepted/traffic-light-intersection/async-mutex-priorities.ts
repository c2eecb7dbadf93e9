// Idiom: async-mutex priorities. One Mutex guards the whole visit to the intersection (switch the light if
// needed, cross). A car of the road that is green when it arrives queues with priority 1, ahead of the cars
// of the red road (priority 0), so the light switches less often. The priority is only a preference: the
// car decides whether to switch only once it holds the mutex, from the light as it is then.
import { Mutex } from 'async-mutex';

export class TrafficLight {
  private green = 1; // road A starts green; read and changed only by the mutex holder
  private readonly intersection = new Mutex();

  async carArrived(
    _carId: number,
    roadId: number,
    _direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    const priority = roadId === this.green ? 1 : 0;
    await this.intersection.runExclusive(async () => {
      if (this.green !== roadId) {
        turnGreen();
        this.green = roadId;
      }
      await crossCar();
    }, priority);
  }
}
