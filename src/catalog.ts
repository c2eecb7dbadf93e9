import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { type Catalog, CatalogError, type Kata, parseCatalog } from './catalog-schema';
import { repoRoot } from './repo-root';

export type { Catalog, Kata, Track } from './catalog-schema';

export { repoRoot };

export const catalogPath = (root = repoRoot): string => join(root, 'problems', 'catalog.json');

/** The whole catalog (tracks and katas), checked against its schema: a malformed one throws a CatalogError. */
export function loadCatalogFile(root = repoRoot): Catalog {
  const file = catalogPath(root);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new CatalogError(`${relative(root, file)} is not valid JSON: ${error.message}.`);
  }
  return parseCatalog(raw, relative(root, file));
}

/** The katas, in learning order. */
export function loadCatalog(root = repoRoot): readonly Kata[] {
  return loadCatalogFile(root).katas;
}

/** Where every part of a kata lives: one slug everywhere. */
export function kataPaths(slug: string, root = repoRoot) {
  return {
    statement: join(root, 'problems', slug, 'README.md'),
    stub: join(root, 'problems', slug, `${slug}.ts`),
    solutions: join(root, 'solutions', slug),
    mutants: join(root, 'tests', 'mutants', slug),
    accepted: join(root, 'tests', 'accepted', slug),
    spec: join(root, 'tests', 'stress', `${slug}.ts`),
    test: join(root, 'tests', `${slug}.test.ts`),
    docs: join(root, 'docs', 'katas', `${slug}.md`),
  };
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reference solutions, by name (file name without .ts). */
export function solutionFiles(slug: string, root = repoRoot): Array<{ name: string; path: string }> {
  return tsFiles(kataPaths(slug, root).solutions).map((path) => ({ name: basename(path, '.ts'), path }));
}

/** Accepted idioms: correct solutions in unusual but legitimate styles, which must pass like the references. */
export function acceptedFiles(slug: string, root = repoRoot): Array<{ name: string; path: string }> {
  return tsFiles(kataPaths(slug, root).accepted).map((path) => ({ name: basename(path, '.ts'), path }));
}

export function mutantFiles(slug: string, root = repoRoot): Array<{ name: string; path: string }> {
  return tsFiles(kataPaths(slug, root).mutants).map((path) => ({ name: basename(path, '.ts'), path }));
}

/** True while a learner file still contains the stub's `notImplemented(...)` calls. */
export function isUnstarted(path: string): boolean {
  return existsSync(path) && /\bnotImplemented\s*\(|\bNotImplementedError\b/.test(readFileSync(path, 'utf8'));
}
