import { readFileSync } from 'node:fs';
import { Rng } from '../src/explorer/rng';
import { expectedFailure } from '../src/harness/mutant-header';
import { approaches } from './approaches';
import { attemptKey, type Attempt, type BugEvent } from './bug-events';
import { attemptBudgetMs } from './budget';
import { loadMutants, loadSpec } from './load';

export type { Attempt, MutantResult } from './bug-events';

/** The mutant declares a hang (`// expect: hang`): it spins without awaiting; only the sandbox's watchdog stops that. */
function busyWaits(path: string): boolean {
  return expectedFailure(readFileSync(path, 'utf8')) === 'hang';
}

export interface BugFindingOptions {
  /**
   * Real time each approach may spend on one mutant; null = none: the explorer runs to the end of its
   * schedules (as in the kata suites, a verdict independent of the machine) and the baselines keep a safety
   * cap of BASELINE_CAP_MS (budget.ts). With a budget the explorer gets it as explore()'s timeBudgetMs, which
   * also gives each exhaustive case only its share of it: a cut attempt is undecided, not a miss.
   */
  readonly budgetMs: number | null;
  /** Attempts not to run (done or hung before the child was restarted), by attemptKey(). */
  readonly skip: ReadonlySet<string>;
  readonly emit: (event: BugEvent) => void;
}

/**
 * Runs every mutant of a kata under each approach with the explorer's default budget: the explorer through
 * explore() with its defaults (no time cut unless options.budgetMs sets one), the baselines with the same
 * schedules per case (300 sampled schedules for a case the explorer explores exhaustively). Stops at the
 * first failing schedule. Emits a `start` event before each attempt, so that a parent can tell which one
 * hung if none follows.
 */
export async function findBugs(slug: string, options: BugFindingOptions): Promise<void> {
  const spec = loadSpec(slug);
  const cases = spec.cases(new Rng(1).fork(0));
  const mutants = loadMutants(spec);
  options.emit({ kind: 'kata', slug, mutants: mutants.map((m) => m.name) });
  for (const mutant of mutants) {
    if (busyWaits(mutant.path)) {
      // Emitted again after a restart: the parent's ResultBuilder takes it idempotently.
      options.emit({ kind: 'skipped', slug, mutant: mutant.name, reason: 'busy-waits synchronously (// expect: hang)' });
      continue;
    }
    for (const approach of approaches) {
      if (options.skip.has(attemptKey(slug, mutant.name, approach.name))) continue;
      options.emit({ kind: 'start', slug, mutant: mutant.name, approach: approach.name });
      const budgetMs = attemptBudgetMs(approach.name, options.budgetMs);
      const m = await approach.run(spec, mutant.impl, cases, { seed: 1, budgetMs, stopAtFailure: true });
      const attempt: Attempt = { approach: approach.name, caught: m.caught, schedules: m.schedules, elapsedMs: m.elapsedMs, cut: m.cut };
      options.emit({ kind: 'attempt', slug, mutant: mutant.name, attempt });
    }
  }
}
