import { Rng } from '../../src/explorer/rng';
import type { AnySpec } from '../load';
import { runBaselineSchedule } from './judge';
import { BaselineRun, BaselineScheduling, type BaselineTask, realSetImmediate } from './run';
import type { SeriesOptions } from './series';

/** Most event-loop hops one pass waits: each pass waits 0, 1 or 2, chosen at random. */
const MAX_HOPS = 2;

/**
 * The "stress test with random delays" people write: every point, wake-up and sleep waits a random number of
 * real event-loop turns (setImmediate), so tasks overtake each other at random. No control, no time.
 */
class JitterScheduling extends BaselineScheduling {
  constructor(
    run: BaselineRun,
    task: BaselineTask,
    private readonly rng: Rng,
    private readonly inFlight: { count: number },
  ) {
    super(run, task);
  }

  protected async pass(_label: string): Promise<void> {
    const hops = this.rng.int(0, MAX_HOPS);
    for (let hop = 0; hop < hops; hop++) {
      this.inFlight.count += 1;
      await new Promise((resolve) => realSetImmediate(resolve));
      this.inFlight.count -= 1;
      this.run.progress += 1;
    }
  }
}

/** Turns without progress (and no hop under way) before the run counts as a deadlock. */
const IDLE_TURNS = 3;

/** Starts the tasks and watches the event loop until they finish, the run ends, or nothing moves any more. */
function drive(run: BaselineRun, rng: Rng): Promise<void> {
  const inFlight = { count: 0 };
  run.launch((task) => new JitterScheduling(run, task, rng, inFlight));
  return new Promise((resolve) => {
    let seen = -1;
    let idle = 0;
    const watch = (): void => {
      if (run.over()) {
        resolve();
        return;
      }
      if (run.progress !== seen || inFlight.count > 0) {
        seen = run.progress;
        idle = 0;
      } else if (++idle >= IDLE_TURNS) {
        run.end({ kind: 'deadlock', tasks: run.unfinished() });
        resolve();
        return;
      }
      realSetImmediate(watch);
    };
    realSetImmediate(watch);
  });
}

/** Runs up to `count` jittered schedules of one case, until `onOutcome` says stop or the deadline passes. */
export async function jitterSeries(spec: AnySpec, impl: unknown, params: unknown, options: SeriesOptions): Promise<void> {
  const rng = new Rng(options.seed);
  for (let i = 0; i < options.count && performance.now() < options.deadline; i++) {
    const started = performance.now();
    const run = new BaselineRun(options.maxSteps, () => performance.now() - started);
    const outcome = await runBaselineSchedule(spec, impl, params, run, (r) => drive(r, rng));
    if (options.onOutcome(outcome)) return;
  }
}
