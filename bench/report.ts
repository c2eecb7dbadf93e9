import type { MutantResult } from './bug-finding';
import { ratio, showRatio } from './ratios';
import { median, perSecond, thousands } from './stats';
import { formatTable } from './table';
import type { KataSpeeds, Speed } from './throughput';

const APPROACHES = ['explorer', 'fast-check', 'jitter'] as const;

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

export function syntheticTable(speeds: readonly Speed[]): string {
  return formatTable(
    ['approach', 'schedules', 'seconds', 'schedules/s', 'steps/s', 'failures'],
    speeds.map((s) => [s.approach, thousands(s.schedules), seconds(s.elapsedMs), thousands(perSecond(s.schedules, s.elapsedMs)), thousands(perSecond(s.steps, s.elapsedMs)), String(s.failures)]),
  );
}

function speedOf(kata: KataSpeeds, approach: string): Speed | undefined {
  return kata.speeds.find((s) => s.approach === approach);
}

export function kataSpeedTable(katas: readonly KataSpeeds[]): string {
  const cell = (s: Speed | undefined): string[] =>
    s === undefined ? ['-', '-'] : [thousands(perSecond(s.schedules, s.elapsedMs)) + (s.cut ? '*' : ''), thousands(perSecond(s.steps, s.elapsedMs))];
  const rows = katas.map((k) => [
    k.slug,
    String(k.solutions),
    String(k.planned),
    ...APPROACHES.flatMap((a) => cell(speedOf(k, a))),
    showRatio(kataRatio(k)),
    APPROACHES.map((a) => String(speedOf(k, a)?.failures ?? 0)).join('/'),
  ]);
  return formatTable(
    ['kata', 'solutions', 'schedules/solution', 'explorer sch/s', 'steps/s', 'fast-check sch/s', 'steps/s', 'jitter sch/s', 'steps/s', 'e/f', 'false alarms e/f/j'],
    rows,
  );
}

/** explorer schedules/s over fast-check's on a kata's reference solutions; null if either is missing. */
export function kataRatio(kata: KataSpeeds): number | null {
  const rate = (a: string): number => {
    const s = speedOf(kata, a);
    return s === undefined ? 0 : perSecond(s.schedules, s.elapsedMs);
  };
  return ratio(rate('explorer'), rate('fast-check'));
}

export interface KataCatches {
  readonly mutants: number;
  /** Mutants an approach caught only in a later case than the explorer did (it passed the explorer's case). */
  readonly laterCase: Record<string, number>;
  readonly caught: Record<string, number>;
  readonly medianAfter: Record<string, number | undefined>;
  readonly medianInCase: Record<string, number | undefined>;
  readonly seconds: Record<string, number>;
}

export function catchesOf(results: readonly MutantResult[]): KataCatches {
  const judged = results.filter((r) => r.skipped === undefined);
  const caught: Record<string, number> = {};
  const medianAfter: Record<string, number | undefined> = {};
  const medianInCase: Record<string, number | undefined> = {};
  const secs: Record<string, number> = {};
  const laterCase: Record<string, number> = {};
  for (const approach of APPROACHES) {
    laterCase[approach] = judged.filter((r) => {
      const mine = r.attempts.find((a) => a.approach === approach)?.caught;
      const explorer = r.attempts.find((a) => a.approach === 'explorer')?.caught;
      return mine !== undefined && explorer !== undefined && mine.caseIndex > explorer.caseIndex;
    }).length;
    const attempts = judged.flatMap((r) => r.attempts.filter((a) => a.approach === approach));
    const hits = attempts.flatMap((a) => (a.caught === undefined ? [] : [a.caught]));
    caught[approach] = hits.length;
    medianAfter[approach] = median(hits.map((h) => h.after));
    medianInCase[approach] = median(hits.map((h) => h.inCase));
    secs[approach] = attempts.reduce((sum, a) => sum + a.elapsedMs, 0) / 1000;
  }
  return { mutants: judged.length, laterCase, caught, medianAfter, medianInCase, seconds: secs };
}

function showMedian(value: number | undefined): string {
  return value === undefined ? '-' : String(Math.round(value));
}

export function catchTable(bySlug: ReadonlyMap<string, readonly MutantResult[]>): string {
  const rows: string[][] = [];
  const all: MutantResult[] = [];
  const row = (name: string, results: readonly MutantResult[]): string[] => {
    const c = catchesOf(results);
    return [
      name,
      String(c.mutants),
      ...APPROACHES.flatMap((a) => [
        `${c.caught[a] ?? 0}/${c.mutants}`,
        `${showMedian(c.medianAfter[a])} (${showMedian(c.medianInCase[a])})`,
        ...(a === 'explorer' ? [] : [String(c.laterCase[a] ?? 0)]),
      ]),
      APPROACHES.map((a) => (c.seconds[a] ?? 0).toFixed(1)).join('/'),
    ];
  };
  for (const [slug, results] of bySlug) {
    rows.push(row(slug, results));
    all.push(...results);
  }
  rows.push(row('all katas', all));
  return formatTable(
    ['kata', 'mutants', 'explorer', 'median after (in case)', 'fast-check', 'median after (in case)', 'later case', 'jitter', 'median after (in case)', 'later case', 'seconds e/f/j'],
    rows,
  );
}

/**
 * Mutants an approach did not catch, with how far it got: `missed` = it ran all its schedules and passed the
 * mutant; `undecided` = its time budget ended the attempt first (no verdict: a bigger budget may catch it).
 */
export function missedList(results: readonly MutantResult[], approach: string, which: 'missed' | 'undecided' = 'missed'): string[] {
  return results.flatMap((r) => {
    const attempt = r.attempts.find((a) => a.approach === approach);
    if (attempt === undefined || attempt.caught !== undefined || attempt.cut !== (which === 'undecided')) return [];
    const explorer = r.attempts.find((a) => a.approach === 'explorer')?.caught;
    const by = explorer === undefined ? '' : `; explorer: ${explorer.how.split(':')[0] ?? ''} in "${explorer.caseLabel}" after ${explorer.after}`;
    const seconds = (attempt.elapsedMs / 1000).toFixed(1);
    if (attempt.hung === true) return [`${r.slug}/${r.mutant}: hung or crashed the bench's child process (not judged)${by}`];
    return [`${r.slug}/${r.mutant}: passed ${attempt.schedules} schedules${attempt.cut ? ` in ${seconds} s (time budget hit)` : ''}${by}`];
  });
}

export function mutantTable(results: readonly MutantResult[]): string {
  const cell = (r: MutantResult, approach: string): string => {
    const a = r.attempts.find((x) => x.approach === approach);
    if (a === undefined) return r.skipped ?? '-';
    if (a.hung === true) return 'hung';
    if (a.caught === undefined) return `${a.cut ? 'undecided' : 'missed'} (${a.schedules})`;
    return `${a.caught.after} (${a.caught.inCase}, #${a.caught.caseIndex}) ${a.caught.how.split(':')[0] ?? ''}`;
  };
  return formatTable(
    ['kata', 'mutant', ...APPROACHES],
    results.map((r) => [r.slug, r.mutant, ...APPROACHES.map((a) => cell(r, a))]),
  );
}
