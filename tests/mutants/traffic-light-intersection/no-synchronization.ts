// expect: violation
// Bug: nothing keeps the cars apart. A car of road B turns the light while a car of road A is still crossing
// (B arrives while A crosses), and the A car crosses under a red light it cannot see.
export class TrafficLight {
  private green = 1;

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    if (this.green !== roadId) {
      turnGreen();
      this.green = roadId;
    }
    await crossCar();
  }
}
