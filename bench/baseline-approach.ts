import { defaultExploreOptions } from '../src/explorer/explore';
import type { KataCase } from '../src/explorer/spec';
import type { Approach, Caught, Measurement, RunOptions } from './approach';
import { type FastCheckWait, fastCheckSeries } from './baseline/fast-check';
import { jitterSeries } from './baseline/jitter';
import type { SeriesOptions } from './baseline/series';
import type { AnySpec } from './load';

/** Schedules a baseline gives a case the explorer explores exhaustively: it can only sample. */
export const EXHAUSTIVE_SUBSTITUTE = 300;

type Series = (spec: AnySpec, impl: unknown, params: unknown, options: SeriesOptions) => Promise<void>;

/** A seed per case, so cases do not replay each other's random choices. */
function caseSeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) + index * 1_000_003) | 0;
}

/**
 * A baseline over a kata's cases, with the explorer's budget: per sampled case its own schedule count (or
 * the explorer's default 300), per exhaustive case 300 sampled schedules, the explorer's step bound, and the
 * spec's `across` check on each case's observations, as the explorer applies it.
 */
function baselineApproach(name: string, series: Series): Approach {
  return {
    name,
    async run(spec: AnySpec, impl: unknown, cases: ReadonlyArray<KataCase<unknown>>, options: RunOptions): Promise<Measurement> {
      const started = performance.now();
      const deadline = started + options.budgetMs;
      let schedules = 0;
      let steps = 0;
      let failures = 0;
      let caught: Caught | undefined;
      let cut = false;
      for (const [index, kataCase] of cases.entries()) {
        const count = kataCase.exhaustive === true ? EXHAUSTIVE_SUBSTITUTE : (kataCase.schedules ?? defaultExploreOptions.schedules);
        const observations: number[] = [];
        const here = { failed: false, ran: 0 };
        await series(spec, impl, kataCase.params, {
          count,
          seed: caseSeed(options.seed, index),
          deadline,
          maxSteps: defaultExploreOptions.maxSteps,
          onOutcome: (outcome) => {
            schedules += 1;
            here.ran += 1;
            steps += outcome.steps;
            if (outcome.failure === undefined) {
              if (outcome.observation !== undefined) observations.push(outcome.observation);
              return false;
            }
            failures += 1;
            here.failed = true;
            caught ??= { after: schedules, caseLabel: kataCase.label, caseIndex: index, inCase: here.ran, how: outcome.failure };
            return options.stopAtFailure;
          },
        });
        if (here.ran < count) cut = !(here.failed && options.stopAtFailure);
        if (!here.failed && here.ran > 0) {
          const across = spec.across?.(observations, kataCase.params);
          if (across !== undefined) {
            failures += 1;
            caught ??= { after: schedules, caseLabel: kataCase.label, caseIndex: index, inCase: here.ran, how: `across: ${across.message}` };
          }
        }
        if ((caught !== undefined && options.stopAtFailure) || cut) break;
      }
      return { schedules, steps, elapsedMs: performance.now() - started, ...(caught === undefined ? {} : { caught }), failures, cut };
    },
  };
}

export function fastCheckApproach(wait: FastCheckWait = 'waitAll'): Approach {
  const name = wait === 'waitAll' ? 'fast-check' : 'fast-check (waitIdle)';
  return baselineApproach(name, (spec, impl, params, options) => fastCheckSeries(spec, impl, params, options, wait));
}

export const jitterApproach: Approach = baselineApproach('jitter', jitterSeries);
