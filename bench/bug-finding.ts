import { readFileSync } from 'node:fs';
import { Rng } from '../src/explorer/rng';
import { expectedFailure } from '../src/harness/mutant-header';
import type { Caught } from './approach';
import { approaches } from './approaches';
import { loadMutants, loadSpec, type Subject } from './load';

export interface Attempt {
  readonly approach: string;
  readonly caught: Caught | undefined;
  readonly schedules: number;
  readonly elapsedMs: number;
  readonly cut: boolean;
}

export interface MutantResult {
  readonly slug: string;
  readonly mutant: string;
  /** Set when the mutant was skipped, with the reason. */
  readonly skipped?: string;
  readonly attempts: readonly Attempt[];
}

/** The mutant declares a hang (`// expect: hang`): it spins without awaiting; only the sandbox's watchdog stops that. */
function busyWaits(path: string): boolean {
  return expectedFailure(readFileSync(path, 'utf8')) === 'hang';
}

export interface BugFindingOptions {
  /** Real-time safety cap per mutant and baseline (the explorer runs to the end of its schedules). */
  readonly baselineCapMs: number;
}

/**
 * Runs every mutant of a kata under each approach with the explorer's default budget: the explorer through
 * explore() with its defaults (no time cut), the baselines with the same schedules per case (300 sampled
 * schedules for a case the explorer explores exhaustively). Stops at the first failing schedule.
 */
export async function findBugs(slug: string, options: BugFindingOptions): Promise<MutantResult[]> {
  const spec = loadSpec(slug);
  const cases = spec.cases(new Rng(1).fork(0));
  const results: MutantResult[] = [];
  for (const mutant of loadMutants(spec)) {
    if (busyWaits(mutant.path)) {
      results.push({ slug, mutant: mutant.name, skipped: 'busy-waits synchronously (// expect: hang)', attempts: [] });
      continue;
    }
    results.push({ slug, mutant: mutant.name, attempts: await attemptAll(mutant, cases, options) });
  }
  return results;
}

async function attemptAll(mutant: Subject, cases: ReturnType<ReturnType<typeof loadSpec>['cases']>, options: BugFindingOptions): Promise<Attempt[]> {
  const spec = loadSpec(mutant.slug);
  const attempts: Attempt[] = [];
  for (const approach of approaches) {
    const budgetMs = approach.name === 'explorer' ? Number.POSITIVE_INFINITY : options.baselineCapMs;
    const m = await approach.run(spec, mutant.impl, cases, { seed: 1, budgetMs, stopAtFailure: true });
    attempts.push({ approach: approach.name, caught: m.caught, schedules: m.schedules, elapsedMs: m.elapsedMs, cut: m.cut });
  }
  return attempts;
}
