import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { catalogPath, loadCatalogFile } from '../../../src/catalog';
import { checkProblems } from '../../../src/cli/dev/check';
import { devCommand } from '../../../src/cli/dev/command';
import { scaffold } from '../../../src/cli/dev/scaffold';
import { staleProblems, sync } from '../../../src/cli/dev/sync';
import { removeCopy, scratchCopy } from './scratch-copy';

/**
 * The "done when", on a scratch copy of the repository: `dev new` creates a kata, `dev check` then
 * names what is missing, removing the scaffold makes it pass again, and a title edited in the catalog
 * reaches every table and header after `dev sync`.
 */

let root = '';
beforeEach(() => {
  root = scratchCopy();
});
afterEach(() => {
  removeCopy(root);
});

const quick = { slugs: [], quick: true, jobs: 1 } as const;

/**
 * What `devCommand` prints and returns, in process, without colour codes: the CLI colours its output where
 * picocolors says the terminal supports it, which includes any environment with `CI` set.
 */
async function dev(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    lines.push(stripVTControlCharacters(parts.map(String).join(' ')));
  });
  try {
    const code = await devCommand(args, root);
    return { code, out: lines.join('\n') };
  } finally {
    log.mockRestore();
  }
}

describe('dev new, dev check', () => {
  test('a fresh copy is complete; a scaffolded kata is not, and the check says why; removing it makes it pass', async () => {
    expect(await checkProblems(quick, root)).toEqual([]);
    const catalogBefore = readFileSync(catalogPath(root), 'utf8');

    const written = scaffold({ slug: 'demo-kata', leetcode: 9999 }, root);
    expect(written).toEqual([
      'problems/catalog.json',
      'problems/demo-kata/README.md',
      'problems/demo-kata/demo-kata.ts',
      'solutions/demo-kata/semaphore.ts',
      'solutions/demo-kata/condition.ts',
      'tests/stress/demo-kata.ts',
      'tests/demo-kata.test.ts',
      'tests/mutants/demo-kata/no-synchronization.ts',
      'docs/katas/demo-kata.md',
    ]);
    expect(loadCatalogFile(root).katas.at(-1)).toMatchObject({ slug: 'demo-kata', title: 'Demo Kata', track: 'leetcode', leetcode: 9999 });

    const { code, out } = await dev('check', '--quick');
    expect(code).toBe(1);
    const problems = out.split('\n').filter((line) => line.startsWith('✗ '));
    expect(problems).toEqual(
      expect.arrayContaining([
        '✗ demo-kata: needs at least 3 mutants in tests/mutants/demo-kata/, has 1',
        '✗ demo-kata (problems/catalog.json): concepts, primitives, hints still say TODO(new kata)',
        '✗ problems/demo-kata/demo-kata.ts: 2 places still say TODO(new kata)',
        '✗ tests/mutants/demo-kata/no-synchronization.ts: 2 places still say TODO(new kata)',
        '✗ README.md is out of date with problems/catalog.json: run npm run kata -- dev sync',
        '✗ docs/README.md is out of date with problems/catalog.json: run npm run kata -- dev sync',
      ]),
    );
    // Nothing but the new kata (and the tables that do not list it yet) is blamed.
    expect(problems.filter((line) => !line.includes('demo-kata') && !line.includes('out of date'))).toEqual([]);

    for (const path of written.slice(1)) rmSync(join(root, path));
    for (const dir of ['problems/demo-kata', 'solutions/demo-kata', 'tests/mutants/demo-kata']) rmSync(join(root, dir), { recursive: true });
    writeFileSync(catalogPath(root), catalogBefore);
    expect(await dev('check', '--quick')).toEqual({ code: 0, out: '✓ every kata complete (files, catalog and tables; stress tests not run (--quick))' });
  });

  test('the scaffold is judged: its stub is "not started" (as a stub must be), its solutions do not pass yet', async () => {
    scaffold({ slug: 'demo-kata' }, root);
    const problems = await checkProblems({ slugs: ['demo-kata'], quick: false, jobs: 2 }, root);
    const judged = problems.filter((line) => line.includes(' must '));
    expect(judged).toEqual([
      'solutions/demo-kata/condition.ts: a reference solution must pass, but it is not implemented yet (DemoKata.run is not implemented yet)',
      'solutions/demo-kata/semaphore.ts: a reference solution must pass, but it is not implemented yet (DemoKata.run is not implemented yet)',
      'tests/mutants/demo-kata/no-synchronization.ts: a mutant must be rejected, but it is not implemented yet (DemoKata.run is not implemented yet)',
    ]);
    // Without a LeetCode number on the leetcode track, the catalog entry is incomplete.
    expect(problems).toContain('demo-kata (problems/catalog.json): is on the leetcode track but has no "leetcode" problem number');
  });

  test('dev new never overwrites, and refuses a slug the catalog already has', () => {
    expect(() => scaffold({ slug: 'print-in-order' }, root)).toThrow('field "slug" is used by an earlier kata too');
    mkdirSync(join(root, 'problems', 'half-done'));
    expect(() => scaffold({ slug: 'half-done' }, root)).toThrow('problems/half-done already exists; dev new never overwrites');
    expect(existsSync(join(root, 'solutions', 'half-done'))).toBe(false);
    expect(loadCatalogFile(root).katas.some((kata) => kata.slug === 'half-done')).toBe(false);
  });

  test('a stray folder, a removed file and a mutant without its header are each one line (the page listing that mutant is then out of date too)', async () => {
    mkdirSync(join(root, 'solutions', 'renamed-kata'));
    rmSync(join(root, 'docs', 'katas', 'building-h2o.md'));
    const mutant = join(root, 'tests', 'mutants', 'print-in-order', 'lost-wakeup.ts');
    writeFileSync(mutant, readFileSync(mutant, 'utf8').replace(/^\/\/ expect: \w+\n/, ''));
    expect(await checkProblems(quick, root)).toEqual([
      'tests/mutants/print-in-order/lost-wakeup.ts: no failure kind declared: its first line must be "// expect: <kind>", kind one of violation, deadlock, livelock, crash, hang, across, not "// Bug: waits unconditionally for a notify. If first() already notified before second() started waiting, the"',
      'tests/mutants/print-in-order/lost-wakeup.ts: line 2 must start the "// Bug:" comment that says what is wrong',
      'building-h2o: the docs page docs/katas/building-h2o.md is missing',
      'solutions/renamed-kata: belongs to no kata in problems/catalog.json',
      'docs/katas/print-in-order.md is out of date with the headers of tests/mutants/print-in-order/ and tests/accepted/print-in-order/: run npm run kata -- dev sync',
    ]);
  });

  test("a new mutant makes its kata page out of date; dev sync lists it with the failure it declares and its bug's first sentence", async () => {
    const page = join(root, 'docs', 'katas', 'print-in-order.md');
    writeFileSync(
      join(root, 'tests', 'mutants', 'print-in-order', 'second-first.ts'),
      '// expect: violation\n// Bug: second() prints at once. Nothing makes it wait.\nexport class Foo {}\n',
    );
    expect(await dev('check', '--quick')).toMatchObject({ code: 1 });
    expect(staleProblems(loadCatalogFile(root), root)).toEqual([
      'docs/katas/print-in-order.md is out of date with the headers of tests/mutants/print-in-order/ and tests/accepted/print-in-order/: run npm run kata -- dev sync',
    ]);
    expect(await dev('sync')).toEqual({ code: 0, out: 'updated docs/katas/print-in-order.md' });
    expect(readFileSync(page, 'utf8')).toContain(
      '| [`second-first`](../../tests/mutants/print-in-order/second-first.ts) | violation | second() prints at once. |',
    );
    expect(staleProblems(loadCatalogFile(root), root)).toEqual([]);
  });

  test('a malformed catalog is the only problem, named by kata and field', async () => {
    const catalog = readFileSync(catalogPath(root), 'utf8');
    writeFileSync(catalogPath(root), catalog.replace('"difficulty": "easy"', '"difficulty": "trivial"'));
    expect(await dev('check', '--quick')).toEqual({
      code: 1,
      out: '✗ problems/catalog.json: kata "print-in-order", field "difficulty" must be easy, medium or hard.\n\n1 problem (files, catalog and tables; stress tests not run (--quick))',
    });
  });
});

describe('dev sync', () => {
  test('a title edited in the catalog reaches the README table, the docs index, the statement and the kata page', async () => {
    const catalog = readFileSync(catalogPath(root), 'utf8');
    writeFileSync(catalogPath(root), catalog.replace('"title": "Print in Order"', '"title": "Print Strictly in Order"'));
    const changed = ['README.md', 'docs/README.md', 'problems/print-in-order/README.md', 'docs/katas/print-in-order.md'];
    expect(staleProblems(loadCatalogFile(root), root)).toEqual(
      changed.map((path) => `${path} is out of date with problems/catalog.json: run npm run kata -- dev sync`),
    );

    expect(await dev('sync')).toEqual({ code: 0, out: changed.map((path) => `updated ${path}`).join('\n') });
    for (const path of changed) expect(readFileSync(join(root, path), 'utf8')).toContain('Print Strictly in Order');
    expect(readFileSync(join(root, 'problems/print-in-order/README.md'), 'utf8')).toContain('# Print Strictly in Order (LeetCode 1114)\n');
    expect(await checkProblems(quick, root)).toEqual([]);
    expect((await dev('sync')).out).toBe('Everything made from problems/catalog.json and the kata corpora is up to date.');
  });

  test('text outside the markers is the author\'s: sync keeps it, and a removed marker is reported, not guessed', async () => {
    const readme = join(root, 'README.md');
    writeFileSync(readme, readFileSync(readme, 'utf8').replace('## The katas', '## The katas, edited by hand'));
    const statement = join(root, 'problems/building-h2o/README.md');
    writeFileSync(statement, readFileSync(statement, 'utf8').replace('<!-- /generated:header -->\n', ''));
    writeFileSync(catalogPath(root), readFileSync(catalogPath(root), 'utf8').replace('"title": "Building H2O"', '"title": "Building Water"'));

    const { code, out } = await dev('sync');
    expect(code).toBe(1);
    expect(out).toContain('✗ problems/building-h2o/README.md has no generated:header block (its markers were removed?)');
    expect(readFileSync(readme, 'utf8')).toContain('## The katas, edited by hand');
    expect(readFileSync(readme, 'utf8')).toContain('[Building Water](problems/building-h2o/README.md)');
  });

  test('sync() on a current repository writes nothing', () => {
    expect(sync(loadCatalogFile(root), root)).toEqual({ written: [], problems: [] });
  });
});
