import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { catalogSchema, catalogPath, kataPaths, loadCatalogFile } from '../../catalog';
import { UserError } from '../errors';
import * as templates from './templates';

export interface NewKata {
  readonly slug: string;
  readonly title?: string;
  readonly track?: string;
  readonly leetcode?: number;
}

/** "demo-kata" → "Demo Kata". */
const titleOf = (slug: string): string =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/**
 * Creates a kata: its catalog entry (appended, so it comes last on the learning path) and every file it
 * needs, each with the sections to fill in. Never overwrites: if any file exists, nothing is written.
 * Returns the paths written, relative to `root`. The tables that list katas are left to `dev sync`.
 */
export function scaffold(request: NewKata, root: string): string[] {
  const catalog = loadCatalogFile(root);
  const track = request.track ?? catalog.tracks[0]?.id ?? 'leetcode';
  const kata = templates.catalogEntry(request.slug, request.title ?? titleOf(request.slug), track, request.leetcode);
  const raw = JSON.parse(readFileSync(catalogPath(root), 'utf8')) as { katas: unknown[] };
  raw.katas.push(kata);
  catalogSchema().parseCatalog(raw); // a taken slug or number, an unknown track, a malformed slug: one sentence, nothing written

  const names = { kata, className: templates.classNameOf(kata.slug) };
  const paths = kataPaths(kata.slug, root);
  const files: Array<[string, string]> = [
    [paths.statement, templates.statement(names)],
    [paths.stub, templates.stub(names)],
    [join(paths.solutions, 'semaphore.ts'), templates.solution(names, 'Semaphore')],
    [join(paths.solutions, 'condition.ts'), templates.solution(names, 'Condition')],
    [paths.spec, templates.spec(names)],
    [paths.test, templates.testFile(names)],
    [join(paths.mutants, 'no-synchronization.ts'), templates.mutant(names)],
    [paths.docs, templates.kataPage(names)],
  ];
  const taken = [dirname(paths.statement), paths.solutions, paths.mutants, paths.spec, paths.test, paths.docs, paths.accepted].filter((path) =>
    existsSync(path),
  );
  if (taken.length > 0) {
    throw new UserError(`${relative(root, taken[0] ?? root)} already exists; dev new never overwrites (remove it, or pick another slug)`);
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  writeFileSync(catalogPath(root), `${JSON.stringify(raw, null, 2)}\n`);
  return [relative(root, catalogPath(root)), ...files.map(([path]) => relative(root, path))];
}
