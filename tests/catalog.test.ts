import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isUnstarted, kataPaths, loadCatalog, mutantFiles, repoRoot, solutionFiles } from '../src/catalog';
import { expectedFailure } from '../src/harness/mutant-header';
import { runInSandbox } from '../src/sandbox/run-in-sandbox';

/** The catalog is the one list of katas: everything a kata needs must exist, and nothing may exist outside it. */
const catalog = loadCatalog();
const slugs = catalog.map((kata) => kata.slug);

describe('catalog', () => {
  test('slugs and LeetCode numbers are unique', () => {
    expect(new Set(slugs).size).toBe(slugs.length);
    const numbers = catalog.flatMap((kata) => (kata.leetcode === undefined ? [] : [kata.leetcode]));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  test.each(catalog.map((kata) => [kata.slug, kata] as const))('%s is complete', (_slug, kata) => {
    const paths = kataPaths(kata.slug);
    const missing = (['statement', 'stub', 'spec', 'test', 'docs'] as const).filter((part) => !existsSync(paths[part]));
    expect(missing).toEqual([]);
    expect(solutionFiles(kata.slug).length).toBeGreaterThanOrEqual(2);
    expect(mutantFiles(kata.slug).length).toBeGreaterThanOrEqual(3);
    expect(['easy', 'medium', 'hard']).toContain(kata.difficulty);
    expect(kata.hints.length).toBeGreaterThanOrEqual(3);
    expect(kata.concepts.length).toBeGreaterThan(0);
    expect(kata.primitives.length).toBeGreaterThan(0);
  });

  test('every mutant declares the failure it must cause on its first line, and says what its bug is right below', () => {
    const problems = catalog
      .flatMap((kata) => mutantFiles(kata.slug))
      .flatMap((mutant) => {
        const source = readFileSync(mutant.path, 'utf8');
        const where = relative(repoRoot, mutant.path);
        try {
          expectedFailure(source);
        } catch (error) {
          return [`${where}: ${error instanceof Error ? error.message : String(error)}`];
        }
        return source.split('\n')[1]?.startsWith('// Bug:') === true ? [] : [`${where}: line 2 must start the "// Bug:" comment`];
      });
    expect(problems).toEqual([]);
  });

  test('every kata folder and stress test belongs to a catalogued kata', () => {
    const folders = (dir: string): string[] =>
      (existsSync(join(repoRoot, dir)) ? readdirSync(join(repoRoot, dir), { withFileTypes: true }) : [])
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    const strays = [
      ...folders('problems').map((name) => `problems/${name}`),
      ...folders('solutions').map((name) => `solutions/${name}`),
      ...folders('tests/mutants').map((name) => `tests/mutants/${name}`),
      ...folders('tests/accepted').map((name) => `tests/accepted/${name}`), // optional: accepted idioms
      ...readdirSync(join(repoRoot, 'tests', 'stress')).map((name) => `tests/stress/${name.replace(/\.ts$/, '')}`),
    ].filter((path) => !slugs.includes(path.split('/').pop() ?? ''));
    expect(strays).toEqual([]);
  });
});

// On CI the learner files are the shipped stubs: each must still be a stub, and must not pass its own test.
const onCi = process.env.CI === 'true' || process.env.CI === '1';
(onCi ? describe : describe.skip)('shipped stubs (CI only)', () => {
  test.each(slugs)('%s ships unsolved', async (slug) => {
    const stub = kataPaths(slug).stub;
    expect(isUnstarted(stub)).toBe(true);
    const verdict = await runInSandbox({
      slug,
      specPath: kataPaths(slug).spec,
      implPath: stub,
      seed: 1,
      color: false,
      width: 80,
      command: `npm run kata -- ${slug}`,
    });
    expect(verdict.status).toBe('pending');
  });
});
