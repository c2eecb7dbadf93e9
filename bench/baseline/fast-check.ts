import fc from 'fast-check';
import type { AnySpec } from '../load';
import { type BaselineOutcome, runBaselineSchedule } from './judge';
import { BaselineRun, BaselineScheduling, type BaselineTask, turn } from './run';
import type { SeriesOptions } from './series';

/** How the driver waits for fast-check's scheduler to run out of tasks. */
export type FastCheckWait = 'waitAll' | 'waitIdle';

/** A task's scheduling under fast-check: every pass is one `s.schedule`, released in an order fast-check picks. */
class FastCheckScheduling extends BaselineScheduling {
  constructor(
    run: BaselineRun,
    task: BaselineTask,
    private readonly scheduler: fc.Scheduler,
  ) {
    super(run, task);
  }

  protected pass(label: string): Promise<void> {
    return this.scheduler.schedule(Promise.resolve(), `${this.task.name}: ${label}`);
  }
}

/** Idle event-loop turns with nothing scheduled and tasks unfinished before the run counts as a deadlock. */
const IDLE_TURNS = 3;

/**
 * Releases scheduled tasks until every task finished or the run ended. fast-check has no notion of blocked
 * tasks: when the scheduler has nothing left and a task is unfinished, a few real event-loop turns decide
 * whether something outside it (a real timer) still moves; if nothing does, it is a deadlock.
 */
async function drive(run: BaselineRun, scheduler: fc.Scheduler, wait: FastCheckWait): Promise<void> {
  run.launch((task) => new FastCheckScheduling(run, task, scheduler));
  let idle = 0;
  for (;;) {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- waitAll is the classic call and the one the brief measures; waitIdle is offered too
    await (wait === 'waitAll' ? scheduler.waitAll() : scheduler.waitIdle());
    if (run.over()) return;
    if (scheduler.count() > 0 || (await settles(run, scheduler))) continue;
    if (run.over()) return;
    await turn();
    if (run.over()) return;
    if (scheduler.count() > 0) {
      idle = 0;
      continue;
    }
    idle += 1;
    if (idle >= IDLE_TURNS) {
      run.end({ kind: 'deadlock', tasks: run.unfinished() });
      return;
    }
  }
}

/** Microtask ticks to let continuations reach their next point before falling back to an event-loop turn. */
const SETTLE_TICKS = 20;

/**
 * waitAll returns as soon as nothing is scheduled, which can be a few microtasks before a resumed task
 * reaches its next point or a finished task is seen as finished. Waiting those out with microtask ticks is far
 * cheaper than a turn of the event loop. True when something was scheduled meanwhile.
 */
async function settles(run: BaselineRun, scheduler: fc.Scheduler): Promise<boolean> {
  for (let tick = 0; tick < SETTLE_TICKS; tick++) {
    await Promise.resolve();
    if (scheduler.count() > 0) return true;
    if (run.over()) return false;
  }
  return false;
}

/** Runs in one fc.check call; more are chained with other seeds. */
const CHUNK = 250;

/**
 * Runs up to `count` schedules of one case under `fc.scheduler()`, each a run of a fast-check async
 * property, until `onOutcome` says stop or the deadline passes. No shrinking (endOnFailure).
 */
export async function fastCheckSeries(
  spec: AnySpec,
  impl: unknown,
  params: unknown,
  options: SeriesOptions,
  wait: FastCheckWait,
): Promise<void> {
  const state = { done: 0, stop: false };
  for (let chunk = 0; state.done < options.count && !state.stop && performance.now() < options.deadline; chunk++) {
    const property = fc.asyncProperty(fc.scheduler(), async (scheduler) => {
      if (state.stop || performance.now() >= options.deadline) return true; // the rest of the chunk is skipped
      state.done += 1;
      const run = new BaselineRun(options.maxSteps, () => 0);
      const outcome: BaselineOutcome = await runBaselineSchedule(spec, impl, params, run, (r) => drive(r, scheduler, wait));
      state.stop = options.onOutcome(outcome);
      return !state.stop;
    });
    await fc.check(property, { numRuns: Math.min(CHUNK, options.count - state.done), seed: (options.seed + chunk * 7919) | 0, endOnFailure: true });
  }
}
