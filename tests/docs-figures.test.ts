import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/catalog';
import { INTERLEAVING_MARKER, figureMismatch, interleavingFigures } from '../src/harness/kata-page-figures';

/**
 * Interleaving counts quoted in the kata docs are what the stress test finds today. Each count carries a
 * marker naming the judged file and the case (see InterleavingFigure), and the kata suite that judges the
 * file compares the count with its own run (kataSuite), so the docs cost no exploration of their own. Here:
 * every count has a marker, and every marker names a file that its page's kata suite judges and must pass.
 */
const katasDir = join(repoRoot, 'docs', 'katas');
const docs = readdirSync(katasDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ slug: name.replace(/\.md$/, ''), name, text: readFileSync(join(katasDir, name), 'utf8') }));

describe('figures quoted in the kata docs', () => {
  test('the kata docs quote interleaving counts, each with its marker', () => {
    expect(docs.flatMap(({ text }) => interleavingFigures(text)).length).toBeGreaterThan(0);
    const unmarked = docs.flatMap(({ name, text }) =>
      [...text.replace(INTERLEAVING_MARKER, '').matchAll(/\b\d[\d,]*(?: [a-z]+)? interleavings?\b/g)].map((match) => `${name}: ${match[0]}`),
    );
    expect(unmarked).toEqual([]);
  });

  test('each marker names a reference solution or accepted idiom of its page\'s kata, which its suite checks', () => {
    const astray = docs.flatMap(({ slug, name, text }) =>
      interleavingFigures(text)
        .filter(
          ({ file }) =>
            !(file.startsWith(`solutions/${slug}/`) || file.startsWith(`tests/accepted/${slug}/`)) || !existsSync(join(repoRoot, file)),
        )
        .map(({ file }) => `${name}: ${file}`),
    );
    expect(astray).toEqual([]);
  });
});

describe('comparing a quoted count with a run', () => {
  const figure = { count: 540, cutShort: false, file: 'solutions/building-h2o/barrier.ts', caseLabel: 'HHO' };
  const exhaustive = (schedules: number, complete: boolean) => [{ label: 'HHO: one molecule', mode: 'exhaustive', schedules, complete }];

  test('agrees when the case explored exactly that many, all of them', () => {
    expect(figureMismatch(figure, exhaustive(540, true))).toBeUndefined();
    expect(figureMismatch({ ...figure, cutShort: true, count: 20_000 }, exhaustive(20_000, false))).toBeUndefined();
  });

  test('says what the run found when the count, the completeness or the case differ', () => {
    expect(figureMismatch(figure, exhaustive(541, true))).toBe('it quotes 540 interleavings in "HHO", but the run explored 541, all of them');
    expect(figureMismatch(figure, exhaustive(540, false))).toBe('it quotes 540 interleavings in "HHO", but the run explored 540, cut short');
    expect(figureMismatch(figure, [{ label: 'HHO: one molecule', mode: 'sampled', schedules: 540, complete: false }])).toBe(
      'it quotes 540 interleavings in "HHO", but that case is sampled',
    );
    expect(figureMismatch(figure, [])).toBe('it quotes 540 interleavings in "HHO", but no case\'s label starts so');
  });
});
