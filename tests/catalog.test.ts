import { kataPaths, isUnstarted, loadCatalog, repoRoot } from '../src/catalog';
import { kataProblems, strayProblems } from '../src/cli/dev/layout';
import { runInSandbox } from '../src/sandbox/run-in-sandbox';

/**
 * The catalog is the one list of katas: everything a kata needs must exist and be filled in, and nothing may
 * exist outside it. The rules live in src/cli/dev/layout.ts, which `npm run kata -- dev check` applies too;
 * each problem is one line naming the file. (The catalog's own shape is tests/catalog-schema.test.ts.)
 */
const catalog = loadCatalog();
const slugs = catalog.map((kata) => kata.slug);

describe('catalog', () => {
  test.each(catalog.map((kata) => [kata.slug, kata] as const))('%s is complete', (_slug, kata) => {
    expect(kataProblems(kata, repoRoot)).toEqual([]);
  });

  test('every kata folder, stress test and docs page belongs to a catalogued kata', () => {
    expect(strayProblems(catalog, repoRoot)).toEqual([]);
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
    });
    expect(verdict.status).toBe('pending');
  });
});
