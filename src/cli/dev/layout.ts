import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { acceptedFiles, isUnstarted, type Kata, kataPaths, mutantFiles, solutionFiles } from '../../catalog';
import { expectedFailure } from '../../harness/mutant-header';

/**
 * What `dev check` can tell without running anything: every file a kata needs is there and filled in, and
 * nothing exists for a kata the catalog does not list. Each problem is one line that names the file or kata.
 */

/** The marker `dev new` leaves in every section an author still has to write. */
export const todoMarker = 'TODO(new kata)';

export const minimum = { solutions: 2, mutants: 3, hints: 3 } as const;

/** A kata on this track retells a LeetCode problem, so it carries the problem's number. */
const leetcodeTrack = 'leetcode';

const count = (text: string, word: string): number => text.split(word).length - 1;
const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function kataFiles(kata: Kata, root: string): string[] {
  const paths = kataPaths(kata.slug, root);
  const fixed = [paths.statement, paths.stub, paths.spec, paths.test, paths.docs].filter((path) => existsSync(path));
  const listed = [...solutionFiles(kata.slug, root), ...mutantFiles(kata.slug, root), ...acceptedFiles(kata.slug, root)];
  return [...fixed, ...listed.map((file) => file.path)];
}

function catalogProblems(kata: Kata): string[] {
  const problems: string[] = [];
  const where = `${kata.slug} (problems/catalog.json)`;
  if (kata.hints.length < minimum.hints) {
    problems.push(`${where}: needs at least ${minimum.hints} hints, each more explicit than the last; has ${kata.hints.length}`);
  }
  if (kata.track === leetcodeTrack && kata.leetcode === undefined) {
    problems.push(`${where}: is on the ${leetcodeTrack} track but has no "leetcode" problem number`);
  }
  const unfilled = Object.entries(kata)
    .filter(([, value]) => JSON.stringify(value).includes(todoMarker))
    .map(([field]) => field);
  if (unfilled.length > 0) problems.push(`${where}: ${unfilled.join(', ')} still say ${todoMarker}`);
  return problems;
}

function fileProblems(kata: Kata, root: string): string[] {
  const paths = kataPaths(kata.slug, root);
  const show = (path: string): string => relative(root, path);
  const problems: string[] = [];
  const required = [
    ['statement', paths.statement],
    ['stub', paths.stub],
    ['stress test (spec)', paths.spec],
    ['test file', paths.test],
    ['docs page', paths.docs],
  ] as const;
  for (const [what, path] of required) if (!existsSync(path)) problems.push(`${kata.slug}: the ${what} ${show(path)} is missing`);

  const solutions = solutionFiles(kata.slug, root).length;
  if (solutions < minimum.solutions) {
    problems.push(`${kata.slug}: needs at least ${minimum.solutions} reference solutions in ${show(paths.solutions)}/, has ${solutions}`);
  }
  const mutants = mutantFiles(kata.slug, root);
  if (mutants.length < minimum.mutants) {
    problems.push(`${kata.slug}: needs at least ${minimum.mutants} mutants in ${show(paths.mutants)}/, has ${mutants.length}`);
  }
  for (const mutant of mutants) {
    const source = readFileSync(mutant.path, 'utf8');
    try {
      expectedFailure(source);
    } catch (error) {
      problems.push(`${show(mutant.path)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (source.split('\n')[1]?.startsWith('// Bug:') !== true) {
      problems.push(`${show(mutant.path)}: line 2 must start the "// Bug:" comment that says what is wrong`);
    }
  }

  if (existsSync(paths.test) && !readFileSync(paths.test, 'utf8').includes(`kataSuite('${kata.slug}')`)) {
    problems.push(`${show(paths.test)}: must run the kata's suite, kataSuite('${kata.slug}')`);
  }
  if (existsSync(paths.spec) && /from '(?:\.\.\/)+src\//.test(readFileSync(paths.spec, 'utf8'))) {
    problems.push(`${show(paths.spec)}: imports from src/ directly; specs import from '@spec' (and '@kit')`);
  }
  for (const path of kataFiles(kata, root)) {
    const todos = count(readFileSync(path, 'utf8'), todoMarker);
    if (todos > 0) problems.push(`${show(path)}: ${plural(todos, 'place')} still say ${todoMarker}`);
  }
  return problems;
}

/** Everything missing or unfilled in one kata's files and catalog entry (its stub's content aside). */
export function kataProblems(kata: Kata, root: string): string[] {
  return [...catalogProblems(kata), ...fileProblems(kata, root)];
}

/**
 * The stub must ship unsolved. Checked by `dev check` only: in a learner's checkout the stub is their work.
 */
export function shippedStubProblems(kata: Kata, root: string): string[] {
  const stub = kataPaths(kata.slug, root).stub;
  if (!existsSync(stub) || isUnstarted(stub)) return [];
  return [`${relative(root, stub)}: is not a stub: it must ship with notImplemented(...) calls for the learner to replace`];
}

/** Folders and files named after a kata the catalog does not list (a renamed or half-removed kata). */
export function strayProblems(katas: readonly Kata[], root: string): string[] {
  const slugs = new Set(katas.map((kata) => kata.slug));
  const entries = (dir: string, keep: (name: string, isDir: boolean) => string | undefined): string[] => {
    const full = join(root, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
      const slug = keep(entry.name, entry.isDirectory());
      return slug === undefined || slugs.has(slug) ? [] : [`${dir}/${entry.name}`];
    });
  };
  const folder = (name: string, isDir: boolean): string | undefined => (isDir ? name : undefined);
  const file = (extension: string) => (name: string, isDir: boolean) => (!isDir && name.endsWith(extension) ? name.slice(0, -extension.length) : undefined);
  return [
    ...entries('problems', folder),
    ...entries('solutions', folder),
    ...entries('tests/mutants', folder),
    ...entries('tests/accepted', folder),
    ...entries('tests/stress', file('.ts')),
    ...entries('docs/katas', file('.md')),
  ].map((path) => `${path}: belongs to no kata in problems/catalog.json`);
}

/** Every layout problem of the given katas, plus strays among all of `catalog`. */
export function layoutProblems(catalog: readonly Kata[], root: string, only: readonly Kata[] = catalog): string[] {
  return [...only.flatMap((kata) => [...kataProblems(kata, root), ...shippedStubProblems(kata, root)]), ...strayProblems(catalog, root)];
}
