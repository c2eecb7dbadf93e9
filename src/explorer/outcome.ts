import { resetDefaultNames } from '../kit/names';
import { RunContext } from './context';
import { schedulingContext } from '../kit/scheduling';
import { type RunEnd, Run, TaskScheduling } from './run';
import type { Schedule } from './schedule';
import { delaysFrom, hashChoices } from './schedule';
import type { Failure, KataCase, KataSpec } from './spec';
import type { Strategy } from './strategy';
import type { TraceEvent } from './trace';
import { setActiveRun } from './virtual-timers';

const realSetImmediate = globalThis.setImmediate;

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
}

/** Rejections nobody handled, with the task whose code rejected them (Node emits the event in its context). */
let unhandled: Array<{ reason: unknown; task: string | undefined }> = [];
const onUnhandled = (reason: unknown): void => {
  const store = schedulingContext.getStore();
  unhandled.push({ reason, task: store instanceof TaskScheduling ? store.task.name : undefined });
};

/** Collects rejections nobody handled while exploring; they count as failures of the schedule that made them. */
export function trackUnhandledRejections(on: boolean): void {
  if (on) process.on('unhandledRejection', onUnhandled);
  else process.off('unhandledRejection', onUnhandled);
}

/** Runs one schedule of `kataCase` and judges it. */
export async function runSchedule<Impl, Params>(
  spec: KataSpec<Impl, Params>,
  impl: Impl,
  kataCase: KataCase<Params>,
  caseIndex: number,
  request: RunRequest,
): Promise<Outcome> {
  resetDefaultNames();
  const run = new Run({
    strategy: request.strategy,
    maxSteps: request.maxSteps,
    ...(request.startDelays === undefined ? {} : { startDelays: request.startDelays }),
    traced: request.traced === true,
  });
  setActiveRun(run);
  let end: RunEnd;
  let failure: Failure | undefined;
  let observation: number | undefined;
  try {
    const scenario = spec.scenario(impl, kataCase.params, new RunContext(run));
    end = await run.start();
    if (end.kind === 'completed') {
      failure = scenario.check();
      observation = scenario.observe?.();
    }
  } catch (error) {
    end = { kind: 'crash', task: 'the setup (constructor)', error };
  } finally {
    setActiveRun(undefined);
  }
  // Node reports unhandled rejections between macrotasks; one turn of the loop lets them arrive.
  await new Promise((resolve) => realSetImmediate(resolve));
  const first = unhandled[0];
  if (first !== undefined && end.kind === 'completed' && failure === undefined) {
    const where = first.task === undefined ? 'a detached promise' : `a detached promise in ${first.task}`;
    end = { kind: 'crash', task: `${where} (rejected, and nobody awaited or caught it)`, error: first.reason };
  }
  unhandled = [];
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
