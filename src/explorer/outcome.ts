import { type FreshImpl, implForSchedule } from './fresh-impl';
import { resetDefaultNames } from '../kit/names';
import { schedulingContext } from '../kit/scheduling';
import { RunContext } from './context';
import { IdleProbe } from './idle-probe';
import { type RunEnd, Run, type RunHooks, TaskScheduling } from './run';
import type { Schedule } from './schedule';
import { delaysFrom, hashChoices } from './schedule';
import type { Failure, KataCase, KataSpec } from './spec';
import type { Strategy } from './strategy';
import type { TraceEvent } from './trace';

/** Everything one schedule produced. */
export interface Outcome {
  readonly end: RunEnd;
  /** The kata's own verdict on a completed run (wrong output, ...). */
  readonly failure: Failure | undefined;
  readonly schedule: Schedule;
  readonly choices: readonly number[];
  readonly preemptions: number;
  readonly observation: number | undefined;
  readonly taskNames: readonly string[];
  readonly trace: readonly TraceEvent[] | undefined;
}

export function failed(outcome: Outcome): boolean {
  return outcome.end.kind !== 'completed' || outcome.failure !== undefined;
}

/** Failures of one kind are interchangeable while shrinking: a deadlock must stay a deadlock. */
export function failureKind(outcome: Outcome): string {
  if (outcome.failure !== undefined) return 'violation';
  return outcome.end.kind;
}

export interface RunRequest {
  readonly strategy: Strategy;
  readonly startDelays?: readonly number[];
  readonly maxSteps: number;
  readonly traced?: boolean;
  readonly hooks?: RunHooks;
  readonly probe?: IdleProbe;
  /** Called once the scenario has spawned its tasks, before the first one runs (the watchdog wants names). */
  readonly onTasks?: (names: readonly string[]) => void;
}

/**
 * Collects rejections nobody handled and exceptions nothing caught, for as long as an exploration lasts, and
 * charges each to the run whose code made it (Node emits the events in the async context of that code).
 */
export class RejectionWatch {
  private current: Run | undefined;
  private readonly listener = (reason: unknown, promise: Promise<unknown>): void => {
    const store = schedulingContext.getStore();
    const run = store instanceof TaskScheduling ? store.run : this.current;
    const task = store instanceof TaskScheduling && store.task.id >= 0 ? store.task.name : undefined;
    run?.rejectionUnhandled(reason, promise, task);
  };

  private readonly handled = (promise: Promise<unknown>): void => {
    const store = schedulingContext.getStore();
    const run = store instanceof TaskScheduling ? store.run : this.current;
    run?.rejectionHandled(promise);
  };

  /**
   * An exception nothing caught, thrown from a callback Node runs itself (an EventTarget rethrows what a
   * listener threw this way): it would crash a process, so it fails the run whose code threw it. Outside any
   * run it is none of the explorer's business, and is thrown on.
   */
  private readonly uncaught = (error: unknown): void => {
    const store = schedulingContext.getStore();
    const run = store instanceof TaskScheduling ? store.run : this.current;
    if (run === undefined) throw error;
    const task = store instanceof TaskScheduling && store.task.id >= 0 ? store.task.name : undefined;
    run.fail({ kind: 'crash', task: `${task === undefined ? 'a callback' : `a callback in ${task}`} (an exception nothing caught)`, error });
  };

  start(): void {
    process.on('unhandledRejection', this.listener);
    process.on('rejectionHandled', this.handled);
    process.on('uncaughtException', this.uncaught);
  }

  stop(): void {
    process.off('unhandledRejection', this.listener);
    process.off('rejectionHandled', this.handled);
    process.off('uncaughtException', this.uncaught);
  }

  /** The run that rejections without a known owner are charged to. */
  watching(run: Run | undefined): void {
    this.current = run;
  }
}

/** Runs one schedule of `kataCase` and judges it. */
export async function runSchedule<Impl, Params>(
  spec: KataSpec<Impl, Params>,
  impl: Impl | FreshImpl<Impl>,
  kataCase: KataCase<Params>,
  caseIndex: number,
  request: RunRequest,
  rejections: RejectionWatch,
): Promise<Outcome> {
  resetDefaultNames();
  const probe = request.probe ?? new IdleProbe();
  const run = new Run({
    strategy: request.strategy,
    maxSteps: request.maxSteps,
    ...(request.startDelays === undefined ? {} : { startDelays: request.startDelays }),
    traced: request.traced === true,
    ...(request.hooks === undefined ? {} : { hooks: request.hooks }),
    probe,
  });
  rejections.watching(run);
  let end: RunEnd;
  let failure: Failure | undefined;
  let observation: number | undefined;
  try {
    // The setup (constructors) runs in the run's own scope, so its timers and detached flows are the run's.
    const scenario = schedulingContext.run(run.setupScheduling, () =>
      spec.scenario(implForSchedule(impl), kataCase.params, new RunContext(run)),
    );
    request.onTasks?.(run.taskNames);
    end = await run.start();
    if (end.kind === 'completed') {
      failure = scenario.check();
      observation = scenario.observe?.();
    }
  } catch (error) {
    end = { kind: 'crash', task: 'the setup (constructor)', error };
  }
  // Node reports unhandled rejections once the microtask queue is empty (before the next immediate runs).
  await new Promise<void>((resolve) => {
    probe.arm(resolve);
  });
  rejections.watching(undefined);
  const first = run.unhandled[0];
  if (first !== undefined && end.kind === 'completed' && failure === undefined) {
    const where = first.task === undefined ? 'a detached promise' : `a detached promise in ${first.task}`;
    end = { kind: 'crash', task: `${where} (rejected, and nobody awaited or caught it)`, error: first.reason };
  }
  return {
    end,
    failure,
    schedule: {
      caseIndex,
      delays: delaysFrom(request.startDelays),
      switches: run.switches,
      hash: hashChoices(run.choices),
    },
    choices: run.choices,
    preemptions: run.preemptions,
    observation,
    taskNames: run.taskNames,
    trace: run.trace,
  };
}
