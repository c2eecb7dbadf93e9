import { type Parking, type Scheduling, schedulingContext } from '../../src/kit/scheduling';

/** Captured at load, before the explorer ever puts virtual timers on globalThis. */
export const realSetImmediate = globalThis.setImmediate;

/** One turn of the real event loop: every pending microtask has run when it resolves. */
export function turn(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}

/** How a baseline schedule ended (the explorer's RunEnd, minus what a baseline cannot tell). */
export type BaselineEnd =
  | { readonly kind: 'completed' }
  | { readonly kind: 'violation'; readonly message: string }
  | { readonly kind: 'deadlock'; readonly tasks: readonly string[] }
  | { readonly kind: 'livelock'; readonly steps: number }
  | { readonly kind: 'crash'; readonly task: string; readonly error: unknown };

export interface BaselineTask {
  readonly id: number;
  readonly name: string;
  readonly body: () => unknown;
  finished: boolean;
}

const never = new Promise<never>(() => undefined);
const neverParking: Parking = { promise: never, wake: () => undefined, fail: () => undefined };

/**
 * The state of one baseline schedule: its tasks, how it ended, and counters the drivers use to bound it
 * (steps, for livelock) and to see it stall (progress, for deadlock).
 */
export class BaselineRun {
  readonly tasks: BaselineTask[] = [];
  /** Kit scheduling calls (point, park, sleep) so far. */
  steps = 0;
  /** Bumped by anything that moves a task on; a driver that sees it stand still suspects a deadlock. */
  progress = 0;
  ended: BaselineEnd | undefined;
  private launched = false;

  constructor(
    readonly maxSteps: number,
    readonly now: () => number,
  ) {}

  get finished(): boolean {
    return this.ended !== undefined;
  }

  allDone(): boolean {
    return this.tasks.every((task) => task.finished);
  }

  /** Ended, or every task finished: nothing left to drive. */
  over(): boolean {
    return this.ended !== undefined || this.allDone();
  }

  spawn(name: string, body: () => unknown): void {
    if (this.launched) throw new Error('spawn() after the run started');
    this.tasks.push({ id: this.tasks.length, name, body, finished: false });
  }

  /** The first end wins, as in the explorer. */
  end(end: Exclude<BaselineEnd, { kind: 'completed' }>): void {
    this.ended ??= end;
  }

  /** Counts a step; false (and a livelock) once the bound is passed or the run is over. */
  countStep(): boolean {
    if (this.finished) return false;
    this.steps += 1;
    this.progress += 1;
    if (this.steps <= this.maxSteps) return true;
    this.end({ kind: 'livelock', steps: this.maxSteps });
    return false;
  }

  unfinished(): string[] {
    return this.tasks.filter((task) => !task.finished).map((task) => task.name);
  }

  /** Starts every task, each under its own scheduling store, behind its scheduler's start gate. */
  launch(schedulingOf: (task: BaselineTask) => BaselineScheduling): void {
    this.launched = true;
    for (const task of this.tasks) {
      const scheduling = schedulingOf(task);
      schedulingContext.run(scheduling, () => {
        scheduling
          .gate(`start ${task.name}`)
          .then(() => task.body())
          .then(
            () => {
              task.finished = true;
              this.progress += 1;
            },
            (error: unknown) => {
              task.finished = true;
              this.end({ kind: 'crash', task: task.name, error });
            },
          );
      });
    }
    if (this.tasks.length === 0) this.ended = { kind: 'completed' };
  }
}

/**
 * The kit's `Scheduling` for one task of a baseline: every point, wake-up and sleep passes through `gate`,
 * which is where the baseline gets to reorder tasks (fast-check's scheduler, or random delays).
 */
export abstract class BaselineScheduling implements Scheduling {
  constructor(
    readonly run: BaselineRun,
    readonly task: BaselineTask,
  ) {}

  /** One pass through the baseline's scheduler. */
  protected abstract pass(label: string): Promise<void>;

  /** `pass`, or never once the schedule is over: a task of a finished schedule stops at its next point. */
  gate(label: string): Promise<void> {
    return this.run.finished ? never : this.pass(label);
  }

  point(label: string): Promise<void> {
    return this.run.countStep() ? this.pass(label) : never;
  }

  park(reason: string): Parking {
    if (!this.run.countStep()) return neverParking;
    let settled = false;
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const parked = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const promise = parked.then(
      () => this.gate(`woken from ${reason}`),
      (error: unknown) =>
        this.gate(`failed out of ${reason}`).then(() => {
          throw error;
        }),
    );
    return {
      promise,
      wake: () => {
        if (settled) return;
        settled = true;
        this.run.progress += 1;
        resolve();
      },
      fail: (error) => {
        if (settled) return;
        settled = true;
        this.run.progress += 1;
        reject(error);
      },
    };
  }

  /** Neither baseline has a clock: a sleep is one more pass through the scheduler, whatever its length. */
  sleep(_ms: number): Promise<void> {
    return this.run.countStep() ? this.pass('sleep') : never;
  }
}
