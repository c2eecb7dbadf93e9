import { defaultExploreOptions, explore, type ExploreResult } from '../src/explorer/explore';
import type { KataCase, ScenarioContext } from '../src/explorer/spec';
import type { Approach, Caught, Measurement, RunOptions } from './approach';
import { withCases } from './approach';
import { countExplorerSteps, explorerSteps } from './explorer-steps';
import type { AnySpec } from './load';

function caughtBy(result: ExploreResult): Caught | undefined {
  // explore() adds one summary per case it started, the failing one last.
  const inCase = result.cases.at(-1)?.schedules ?? 0;
  const caseIndex = result.cases.length - 1;
  if (result.failure !== undefined) {
    const { outcome, caseLabel, foundAfter } = result.failure;
    const how =
      outcome.failure !== undefined
        ? `violation: ${outcome.failure.message}`
        : outcome.end.kind === 'violation'
          ? `violation: ${outcome.end.message}`
          : outcome.end.kind;
    return { after: foundAfter, caseLabel, caseIndex, inCase, how };
  }
  if (result.acrossFailure !== undefined) {
    return { after: result.schedules, caseLabel: result.acrossFailure.caseLabel, caseIndex, inCase, how: `across: ${result.acrossFailure.failure.message}` };
  }
  return undefined;
}

/**
 * The explorer, through `explore()` with its default options (seed, 300 schedules per sampled case, step
 * bound, exhaustive limit); only the time budget is the caller's. Steps are counted per run built (explore
 * also runs one schedule per case to learn its tasks, and replays a failure to shrink it), so steps per
 * schedule are scaled from the runs actually built.
 */
export const explorerApproach: Approach = {
  name: 'explorer',
  async run(spec: AnySpec, impl: unknown, cases: ReadonlyArray<KataCase<unknown>>, options: RunOptions): Promise<Measurement> {
    countExplorerSteps();
    let runs = 0;
    const counted: AnySpec = {
      ...withCases(spec, cases),
      scenario: (i: unknown, params: unknown, ctx: ScenarioContext) => {
        runs += 1;
        return spec.scenario(i, params, ctx);
      },
    };
    const before = explorerSteps.count;
    const result = await explore(counted, impl, { ...defaultExploreOptions, seed: options.seed, timeBudgetMs: options.budgetMs });
    const steps = explorerSteps.count - before;
    const caught = caughtBy(result);
    return {
      schedules: result.schedules,
      steps: runs === 0 ? 0 : Math.round((steps / runs) * result.schedules),
      elapsedMs: result.elapsedMs,
      ...(caught === undefined ? {} : { caught }),
      failures: caught === undefined ? 0 : 1,
      cut: result.outOfTime,
    };
  },
};
