import { IdleProbe } from '../src/explorer/idle-probe';
import { SYNTHETIC_AWAITS, SYNTHETIC_TASKS } from './synthetic';

/**
 * The floor: the fastest a controlled scheduler can be in this runtime, on the synthetic workload's shape
 * (tasks x awaits). Every await parks its resolver; when the running task parks or ends, one parked resolver,
 * chosen at random (seeded), is resolved, and its continuation runs as the next microtask. No kit,
 * no checks, no tracing, no timers, no deadlock detection: what is left is the cost of a controlled await
 * itself, which any controlled scheduler pays. The explorer's schedules/s divided by this is its distance to
 * the floor.
 */

/** mulberry32: a tiny seeded generator, so that choosing costs next to nothing. Returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FloorShape {
  readonly tasks: number;
  readonly awaits: number;
  /**
   * Choose only once the event loop is idle, through the explorer's own `IdleProbe`, as a scheduler must that
   * sees every wake-up however many promise hops it travels: the explorer's invariant. The plain floor
   * chooses the moment the running task parks, which is only right because its tasks wake nobody.
   */
  readonly idleProbe?: boolean;
}

export const syntheticShape: FloorShape = { tasks: SYNTHETIC_TASKS, awaits: SYNTHETIC_AWAITS };
export const syntheticShapeWithProbes: FloorShape = { ...syntheticShape, idleProbe: true };

/**
 * One schedule; with `trace`, records which task each choice resumed (tests). The choosing is done by
 * whoever just stopped running: a task that parks (or ends) picks the next parked resolver and resolves it.
 * Invariant: exactly one task runs at a time, from its resumption to its next park or its end, because a
 * resolver is resolved only when the running task stops; the resumed continuation runs as a microtask once
 * the current one has suspended at its await. One promise per step, none for the driver: the least work a
 * controlled await can cost (an earlier version with a driver loop awaiting a "stepped" promise per step
 * ran about 1.5x slower).
 */
export async function floorSchedule(shape: FloorShape, random: () => number, trace?: number[], probe?: IdleProbe): Promise<void> {
  const parked: Array<{ readonly task: number; readonly resume: () => void }> = [];
  let finished = 0;
  let started = false;
  let allDone: (() => void) | undefined;
  const everyone = new Promise<void>((resolve) => {
    allDone = resolve;
  });
  const choose = (): void => {
    const count = parked.length;
    if (count === 0) {
      if (finished === shape.tasks) allDone?.();
      return;
    }
    const index = Math.floor(random() * count);
    const chosen = parked[index];
    const last = parked.pop();
    if (chosen === undefined || last === undefined) return;
    // Swap-remove: order among the parked does not matter, the choice is random anyway.
    if (index < count - 1) parked[index] = last;
    trace?.push(chosen.task);
    chosen.resume();
  };
  const idle = shape.idleProbe === true ? (probe ?? new IdleProbe()) : undefined;
  const next = idle === undefined ? choose : (): void => { idle.arm(choose); };
  const task = async (id: number): Promise<void> => {
    for (let a = 0; a < shape.awaits; a++) {
      const parkedHere = new Promise<void>((resume) => {
        parked.push({ task: id, resume });
      });
      // While the tasks are being started, each only parks: the first choice waits until all are parked.
      if (started) next();
      await parkedHere;
    }
    finished += 1;
    next();
  };
  for (let t = 0; t < shape.tasks; t++) void task(t);
  started = true;
  next();
  await everyone;
  if (finished !== shape.tasks) throw new Error(`floor: ${shape.tasks - finished} tasks unfinished`);
}

export interface FloorMeasurement {
  readonly schedules: number;
  readonly steps: number;
  readonly elapsedMs: number;
}

/** Runs floor schedules back to back for `budgetMs` of real time (the clock is read every 64 schedules). */
export async function floorSpeed(budgetMs: number, seed = 1, shape: FloorShape = syntheticShape): Promise<FloorMeasurement> {
  const random = seededRandom(seed);
  const probe = new IdleProbe(); // one for all the schedules, as explore() has
  const started = performance.now();
  let schedules = 0;
  while (performance.now() - started < budgetMs) {
    for (let i = 0; i < 64; i++) await floorSchedule(shape, random, undefined, probe);
    schedules += 64;
  }
  return { schedules, steps: schedules * shape.tasks * shape.awaits, elapsedMs: performance.now() - started };
}
