import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { cacheFile, readCached, writeCached } from './cache-file';
import { CatalogError } from './catalog-error';
import type { Catalog, Kata } from './catalog-schema';
import { repoRoot } from './repo-root';

export type { Catalog, Kata, Track } from './catalog-schema';

export { repoRoot };

export const catalogPath = (root = repoRoot): string => join(root, 'problems', 'catalog.json');

/** The whole catalog (tracks and katas), checked against its schema: a malformed one throws a CatalogError. */
export function loadCatalogFile(root = repoRoot): Catalog {
  const file = catalogPath(root);
  const text = readFileSync(file, 'utf8');
  const cached = checkedBefore(text);
  if (cached !== undefined) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new CatalogError(`${relative(root, file)} is not valid JSON: ${error.message}.`);
  }
  const catalog = catalogSchema().parseCatalog(raw, relative(root, file));
  rememberChecked(text, catalog);
  return catalog;
}

/**
 * The catalog's schema module, loaded on first use: its validator (zod) is about a third of the CLI's
 * start-up, and a catalog checked before is read from the cache below without it.
 */
export function catalogSchema(): typeof import('./catalog-schema') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous import on first use (see above)
  return require('./catalog-schema') as typeof import('./catalog-schema');
}

/**
 * Catalogs that passed the schema, by the hash of their text and of the schema's source, under
 * node_modules/.cache: the check's output (strings trimmed, fields typed) is what later loads read instead
 * of checking again. A changed catalog or schema misses the cache and is checked.
 */
function checkedCatalogFile(text: string): string {
  const schemaSource = readFileSync(join(__dirname, 'catalog-schema.ts'), 'utf8');
  return cacheFile('catalog', createHash('sha256').update(`${text}\0${schemaSource}`).digest('hex').slice(0, 32));
}

function checkedBefore(text: string): Catalog | undefined {
  try {
    return readCached(checkedCatalogFile(text)) as Catalog | undefined;
  } catch {
    return undefined; // the schema's source is not there to hash
  }
}

function rememberChecked(text: string, catalog: Catalog): void {
  try {
    writeCached(checkedCatalogFile(text), catalog);
  } catch {
    // the schema's source is not there to hash
  }
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
