// Idiom: `runExclusive` on async-mutex's `withTimeout(new Mutex(), 50)`, retried on E_TIMEOUT. The timeout
// bounds a single wait and nothing else: a car never touches the light or crosses without holding the mutex.
import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex';

export class TrafficLight {
  private green = 1;
  private readonly intersection = withTimeout(new Mutex(), 50);

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    for (;;) {
      try {
        await this.intersection.runExclusive(async () => {
          if (this.green !== roadId) {
            turnGreen();
            this.green = roadId;
          }
          await crossCar();
        });
        return;
      } catch (error) {
        if (error !== E_TIMEOUT) throw error;
      }
    }
  }
}
