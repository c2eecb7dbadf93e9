import type { Attempt } from './bug-events';

/** Pure rules of the bug-finding budget (no kata loading here, so tests import it freely). */
export const BASELINE_CAP_MS = 20_000;

/** The budget an approach gets for one mutant. */
export function attemptBudgetMs(approach: string, budgetMs: number | null): number {
  if (budgetMs !== null) return budgetMs;
  return approach === 'explorer' ? Number.POSITIVE_INFINITY : BASELINE_CAP_MS;
}

/** An attempt that ended on its budget without finding the bug: no verdict either way. */
export function undecided(attempt: Attempt): boolean {
  return attempt.caught === undefined && attempt.cut;
}
