import { Event, sleep } from '@kit';
import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface TrafficLight {
  carArrived(carId: number, roadId: number, direction: number, turnGreen: () => void, crossCar: () => Promise<void>): Promise<void>;
}
type TrafficLightClass = new () => TrafficLight;

interface Car {
  readonly id: number;
  /** 1 (road A) or 2 (road B). */
  readonly road: 1 | 2;
  /** 1, 2 on road A; 3, 4 on road B. */
  readonly direction: number;
  /** Virtual ms after its task starts (and after car `after` crossed, if set) that the car reaches the light. */
  readonly arrival: number;
  /**
   * The car arrives the moment this (lower-numbered) car finishes crossing. Cars woken by one timer never
   * race under the explorer (each runs until it blocks before the next timer fires), so this is how a car
   * reaches the light exactly while the last car of the other road drives off.
   */
  readonly after?: number;
  /** Virtual ms its crossing takes. */
  readonly crossMs: number;
}

interface Params {
  readonly cars: readonly Car[];
  /** How many intersections (TrafficLight objects) are in use at the same time, each with all the cars. */
  readonly intersections?: number;
}

const ROAD_NAME = { 1: 'A', 2: 'B' } as const;

/** A car; its direction is 1 or 2 on road A, 3 or 4 on road B, by the parity of its id unless given. */
function car(id: number, road: 1 | 2, arrival = 0, crossMs = 5, after?: number, direction?: number): Car {
  return { id, road, direction: direction ?? (road === 1 ? 1 : 3) + (id % 2), arrival, crossMs, ...(after === undefined ? {} : { after }) };
}
const only = (cars: readonly Car[]): Params => ({ cars });

/** "A B@3 A(after 1)": each car's road, arrival time and trigger. */
function describe(cars: readonly Car[]): string {
  return cars.map((c) => `${ROAD_NAME[c.road]}${c.arrival > 0 ? `@${c.arrival}` : ''}${c.after === undefined ? '' : `(after ${c.after})`}`).join(' ');
}

function randomCars(rng: Rng, n: number): Car[] {
  return Array.from({ length: n }, (_, index) => {
    const id = index + 1;
    const after = id > 1 && rng.chance(0.35) ? rng.int(1, id - 1) : undefined;
    const arrival = after !== undefined || rng.chance(0.4) ? 0 : rng.int(1, 25);
    return car(id, rng.chance(0.5) ? 1 : 2, arrival, rng.int(1, 10), after);
  });
}

/**
 * Traffic Light Controlled Intersection: one task per car calls carArrived() on one shared TrafficLight.
 * The scenario is the referee: it keeps the real light (road A green at first) and the cars on the
 * intersection, and checks every turnGreen() and crossCar() against them as they happen.
 */
export const spec: KataSpec<TrafficLightClass, Params> = {
  slug: 'traffic-light-intersection',
  load: (exports) => exportedClass<TrafficLightClass>(exports, 'TrafficLight', ['carArrived']),
  cases(rng) {
    const cases: KataCase<Params>[] = [
      { label: 'one car on road A', params: only([car(1, 1)]), exhaustive: true },
      { label: 'one car on road B', params: only([car(1, 2)]), exhaustive: true },
      { label: 'two cars on road B', params: only([car(1, 2), car(2, 2)]), exhaustive: true },
      { label: 'a car on each road', params: only([car(1, 1), car(2, 2)]), exhaustive: true },
      // Car ids are any distinct numbers, not 1..n; all four directions.
      {
        label: 'cars 0, 42, 7 and 1000 in directions 1, 2, 3 and 4',
        params: only([car(0, 1, 0, 5, undefined, 1), car(42, 1, 2, 5, undefined, 2), car(7, 2, 0, 5, undefined, 3), car(1000, 2, 4, 5, undefined, 4)]),
        schedules: 40,
      },
      { label: 'A, B, A', params: only([car(1, 1), car(2, 2), car(3, 1)]), schedules: 60 },
      // Car 3 reaches the light just as car 1 drives off, while car 2 of the other road waits for it.
      { label: 'A, B, then A as the first A leaves', params: only([car(1, 1), car(2, 2), car(3, 1, 0, 5, 1)]), schedules: 150 },
      { label: 'B, A, B', params: only([car(1, 2, 0, 3), car(2, 1, 0, 7), car(3, 2, 0, 2)]), schedules: 60 },
      { label: 'A, A, B, B', params: only([car(1, 1, 0, 4), car(2, 1, 0, 6), car(3, 2, 0, 4), car(4, 2, 0, 6)]), schedules: 60 },
      // Staggered arrivals: a car reaches the light while cars of the other road are on the intersection.
      { label: 'B arrives while A crosses', params: only([car(1, 1, 0, 10), car(2, 2, 3, 5), car(3, 1, 5, 10), car(4, 2, 12, 2)]), schedules: 60 },
      {
        label: 'two intersections at the same time: A, B, B at each',
        params: { cars: [car(1, 1, 0, 4), car(2, 2, 1, 3), car(3, 2, 0, 5)], intersections: 2 },
        schedules: 40,
      },
      // Ids 32 apart on one road (1 and 33): a bitmask `1 << carId` gives them one bit, as shifts count modulo 32.
      {
        label: 'cars 1 and 33 on road A cross together while car 2 of road B waits',
        params: only([car(1, 1, 0, 3), car(33, 1, 0, 8), car(2, 2, 1, 4)]),
        schedules: 30,
      },
    ];
    const most = randomCars(rng, 20);
    cases.push({ label: `20 cars, the most: ${describe(most.slice(0, 6))} ...`, params: only(most), schedules: 15 });
    for (let i = 1; i <= 8; i++) {
      const cars = randomCars(rng, rng.int(3, 7));
      cases.push({ label: `random traffic #${i}: ${describe(cars)}`, params: only(cars), schedules: 40 });
    }
    return cases;
  },
  scenario(TrafficLight, { cars, intersections = 1 }, ctx) {
    const checks = Array.from({ length: intersections }, (_, k) => drive(new TrafficLight(), cars, intersections > 1 ? ` at crossing ${k + 1}` : '', ctx));
    return { check: () => firstFailure(checks) };
  },
};

/**
 * Sends the cars through one intersection (`light`), refereeing its real light (road A green at first).
 * `where` (" at crossing 2", or empty with one intersection) goes into task names and messages.
 */
function drive(light: TrafficLight, cars: readonly Car[], where: string, ctx: ScenarioContext): () => Failure | undefined {
  let green: 1 | 2 = 1;
  const crossing = { 1: 0, 2: 0 };
  const crossed = new Set<number>();
  const started = new Set<number>();
  const hasCrossed = new Map(cars.map((c) => [c.id, new Event(`car ${c.id}${where} has crossed`)]));
  for (const c of cars) {
    const road = ROAD_NAME[c.road];
    const other = c.road === 1 ? 2 : 1;
    const turnGreen = (): void => {
      if (green === c.road) {
        ctx.fail({
          message: `car ${c.id}${where} turned road ${road} green, but road ${road} was already green`,
          expected: `turnGreen() only when the car's road is red`,
          actual: `turnGreen() by car ${c.id} while road ${road} was green`,
        });
        return;
      }
      if (crossing[other] > 0) {
        ctx.fail({
          message: `car ${c.id}${where} turned road ${road} green while ${crossing[other]} car(s) were still crossing on road ${ROAD_NAME[other]}`,
          expected: `the light changes only when no car is crossing on the road that turns red`,
          actual: `road ${road} turned green during a crossing on road ${ROAD_NAME[other]}`,
        });
        return;
      }
      green = c.road;
      ctx.output(`road ${road} turns green (car ${c.id})`);
    };
    const crossCar = async (): Promise<void> => {
      if (started.has(c.id)) {
        ctx.fail({ message: `car ${c.id}${where} crossed twice`, expected: 'crossCar() once per car', actual: 'a second crossCar()' });
        return;
      }
      if (green !== c.road) {
        ctx.fail({
          message: `car ${c.id}${where} crossed on road ${road} while road ${road} was red (road ${ROAD_NAME[green]} was green)`,
          expected: `car ${c.id} crosses only while road ${road} is green`,
          actual: `crossCar() by car ${c.id} on red`,
        });
        return;
      }
      started.add(c.id);
      crossing[c.road] += 1;
      ctx.output(`car ${c.id} starts crossing on road ${road}`);
      try {
        await ctx.activity(`car ${c.id} crosses`, c.crossMs);
      } finally {
        crossing[c.road] -= 1;
      }
      crossed.add(c.id);
      hasCrossed.get(c.id)?.set();
      ctx.output(`car ${c.id} has crossed`);
    };
    ctx.spawn(`car ${c.id} (road ${road})${where}`, async () => {
      if (c.after !== undefined) await hasCrossed.get(c.after)?.wait();
      if (c.arrival > 0) await sleep(c.arrival);
      await light.carArrived(c.id, c.road, c.direction, turnGreen, crossCar);
      if (!crossed.has(c.id)) {
        ctx.fail({
          message: started.has(c.id)
            ? `carArrived() for car ${c.id}${where} returned before the car finished crossing`
            : `carArrived() for car ${c.id}${where} returned without letting the car cross`,
          expected: `carArrived() resolves after awaiting crossCar()`,
          actual: started.has(c.id) ? 'crossCar() was not awaited' : 'crossCar() was never called',
        });
      }
    });
  }
  return () => {
    const stuck = cars.filter((c) => !crossed.has(c.id)).map((c) => c.id);
    return stuck.length === 0
      ? undefined
      : { message: `not every car crossed${where}: car(s) ${stuck.join(', ')} never did`, expected: `${cars.length} cars crossed`, actual: `${crossed.size} crossed` };
  };
}

export default spec;
