// Idiom: a controller loop started in the constructor consumes crossing requests with `for await` from an
// async generator fed by the cars, and serves them one at a time: switch the light if needed, let the car
// cross, tell it it is across. When no more cars come it stays parked, holding nothing open.
interface Request {
  readonly roadId: number;
  readonly turnGreen: () => void;
  readonly crossCar: () => Promise<void>;
  readonly done: () => void;
}

export class TrafficLight {
  private green = 1;
  private readonly pending: Request[] = [];
  private wakeController: (() => void) | undefined;

  constructor() {
    void this.control();
  }

  private async *requests(): AsyncGenerator<Request, never> {
    for (;;) {
      const next = this.pending.shift();
      if (next !== undefined) yield next;
      else await new Promise<void>((resolve) => (this.wakeController = resolve));
    }
  }

  private async control(): Promise<void> {
    for await (const request of this.requests()) {
      if (this.green !== request.roadId) {
        request.turnGreen();
        this.green = request.roadId;
      }
      try {
        await request.crossCar();
      } finally {
        request.done();
      }
    }
  }

  async carArrived(
    carId: number,
    roadId: number,
    direction: number,
    turnGreen: () => void,
    crossCar: () => Promise<void>,
  ): Promise<void> {
    await new Promise<void>((done) => {
      this.pending.push({ roadId, turnGreen, crossCar, done });
      const wake = this.wakeController;
      this.wakeController = undefined;
      wake?.();
    });
  }
}
