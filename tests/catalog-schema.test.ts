import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogError, catalogJsonSchema, parseCatalog } from '../src/catalog-schema';
import { catalogPath, loadCatalogFile, repoRoot } from '../src/catalog';

/** The catalog is checked against its schema, and a malformed one is explained kata by kata, field by field. */

const real = JSON.parse(readFileSync(catalogPath(), 'utf8')) as { katas: Array<Record<string, unknown>> };

/** The real catalog with the first kata changed by `edit`. */
function withFirstKata(edit: (kata: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(real);
  edit(copy.katas[0] ?? {});
  return copy;
}

function problemsOf(raw: unknown): string[] {
  try {
    parseCatalog(raw);
  } catch (error) {
    if (error instanceof CatalogError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('the catalog schema', () => {
  test('the shipped catalog is valid, with every kata on a declared track', () => {
    const catalog = loadCatalogFile();
    expect(catalog.katas.length).toBeGreaterThan(0);
    const tracks = catalog.tracks.map((track) => track.id);
    expect(catalog.katas.filter((kata) => !tracks.includes(kata.track))).toEqual([]);
  });

  test.each<[string, (kata: Record<string, unknown>) => void, string]>([
    ['a wrong difficulty', (k) => (k.difficulty = 'simple'), 'kata "print-in-order", field "difficulty" must be easy, medium or hard.'],
    ['a missing title', (k) => delete k.title, 'kata "print-in-order", field "title" is missing.'],
    ['an empty hint', (k) => ((k.hints as string[])[1] = '  '), 'kata "print-in-order", field "hints[1]" must not be empty.'],
    ['a misspelt field', (k) => (k.hint = []), 'kata "print-in-order": "hint" is not a catalog field (a typo?).'],
    ['a fractional LeetCode number', (k) => (k.leetcode = 11.5), 'kata "print-in-order", field "leetcode" must be a whole number.'],
    ['an unknown track', (k) => (k.track = 'puzzles'), 'kata "print-in-order", field "track" must be one of the tracks (leetcode, patterns).'],
    ['a slug with capitals', (k) => (k.slug = 'PrintInOrder'), 'kata "PrintInOrder", field "slug" must be lowercase words joined by hyphens'],
  ])('%s is one sentence naming the kata and the field', (_what, edit, expected) => {
    const problems = problemsOf(withFirstKata(edit));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`problems/catalog.json: ${expected}`);
  });

  test('a kata without a LeetCode number is valid (the patterns track has none)', () => {
    expect(problemsOf(withFirstKata((k) => delete k.leetcode))).toEqual([]);
  });

  test('a repeated slug or LeetCode number names the later kata', () => {
    const copy = structuredClone(real);
    const [first, second] = copy.katas;
    if (first === undefined || second === undefined) throw new Error('the catalog needs two katas for this test');
    second.slug = first.slug;
    second.leetcode = first.leetcode;
    expect(problemsOf(copy)).toEqual([
      'problems/catalog.json: kata "print-in-order", field "slug" is used by an earlier kata too.',
      'problems/catalog.json: kata "print-in-order", field "leetcode" is print-in-order\'s number too.',
    ]);
  });

  test('a kata without a slug is named by its position', () => {
    expect(problemsOf(withFirstKata((k) => delete k.slug))).toEqual(['problems/catalog.json: kata number 1, field "slug" is missing.']);
  });

  test('a file that is not JSON says so in one sentence', () => {
    const root = mkdtempSync(join(tmpdir(), 'kata-catalog-'));
    try {
      mkdirSync(join(root, 'problems'));
      writeFileSync(catalogPath(root), '{ "katas": [ }');
      expect(() => loadCatalogFile(root)).toThrow(/^problems\/catalog\.json is not valid JSON: .+\.$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('problems/catalog.schema.json, which editors read through "$schema", matches the schema', () => {
    expect(readFileSync(join(repoRoot, 'problems', 'catalog.schema.json'), 'utf8')).toBe(catalogJsonSchema());
    expect((real as { $schema?: string }).$schema).toBe('./catalog.schema.json');
  });
});
