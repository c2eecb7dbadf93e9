import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { kataPaths, repoRoot } from '../src/catalog';
import type { Verdict } from '../src/sandbox/protocol';
import { BULK_STALL_MS, runInSandbox } from '../src/sandbox/run-in-sandbox';

/**
 * Interleaving counts quoted in the kata docs are what the stress test finds today. Each count is followed by
 * a marker naming where it comes from, invisible once rendered:
 *     540<!-- interleavings of solutions/building-h2o/barrier.ts in "HHO" -->
 * = the exhaustive case whose label starts with "HHO", judged on that solution with seed 1, explored every
 * interleaving, and there were 540. "over 20,000<!-- ... -->" says the search stopped at 20,000, cut short.
 * A count in the kata docs without a marker is not allowed.
 */
const katasDir = join(repoRoot, 'docs', 'katas');
const docs = readdirSync(katasDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(katasDir, name), 'utf8') }));

const marker = /(over )?([\d,]+)<!-- interleavings of (\S+) in "([^"]+)" -->/g;
const figures = docs.flatMap(({ name, text }) =>
  [...text.matchAll(marker)].map((match) => ({
    doc: name,
    cutShort: match[1] !== undefined,
    count: Number((match[2] ?? '').replace(/,/g, '')),
    solution: match[3] ?? '',
    caseLabel: match[4] ?? '',
  })),
);

const verdicts = new Map<string, Promise<Verdict>>();
function judged(solution: string): Promise<Verdict> {
  const slug = basename(join(solution, '..'));
  let verdict = verdicts.get(solution);
  if (verdict === undefined) {
    verdict = runInSandbox(
      { slug, specPath: kataPaths(slug).spec, implPath: join(repoRoot, solution), seed: 1, timeBudgetMs: Number.POSITIVE_INFINITY },
      { stallMs: BULK_STALL_MS },
    );
    verdicts.set(solution, verdict);
  }
  return verdict;
}

describe('figures quoted in the kata docs', () => {
  test('the kata docs quote interleaving counts, each with its marker', () => {
    expect(figures.length).toBeGreaterThan(0);
    const unmarked = docs.flatMap(({ name, text }) =>
      [...text.replace(marker, '').matchAll(/\b\d[\d,]*(?: [a-z]+)? interleavings?\b/g)].map((match) => `${name}: ${match[0]}`),
    );
    expect(unmarked).toEqual([]);
  });

  test.each(figures.map((figure) => [`${figure.doc}: ${figure.cutShort ? 'over ' : ''}${figure.count} for ${figure.solution} in "${figure.caseLabel}"`, figure] as const))(
    '%s',
    async (_title, figure) => {
      const verdict = await judged(figure.solution);
      expect(verdict.status).toBe('pass');
      const found = verdict.status === 'pass' ? verdict.summary.cases.find((c) => c.label.startsWith(figure.caseLabel)) : undefined;
      expect(found).toMatchObject({ mode: 'exhaustive', complete: !figure.cutShort, schedules: figure.count });
    },
  );
});
