import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * Implement TrafficLight.carArrived(): one call per car, many at once. Road A (1) starts green. Let the car
 * cross only while its road is green, call turnGreen() only when its road is red, and never change the light
 * while a car of the other road is still crossing. Resolve after the car has crossed.
 */
export class TrafficLight {
  async carArrived(
    carId: number, // the car's id
    roadId: number, // 1 (road A) or 2 (road B)
    direction: number, // 1 or 2 on road A, 3 or 4 on road B
    turnGreen: () => void, // turns this car's road green (and the other road red)
    crossCar: () => Promise<void>, // drives the car across the intersection; takes time
  ): Promise<void> {
    return notImplemented('TrafficLight.carArrived');
  }
}
