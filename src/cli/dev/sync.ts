import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Catalog, catalogSchema, kataPaths } from '../../catalog';
import { docsIndex, kataPageHeader, katasTable, statementHeader } from './catalog-views';
import { replaceBlock } from './generated-block';

/** A file that repeats the catalog: what it should contain now, or why that cannot be worked out. */
export type Generated =
  | { readonly path: string; readonly expected: string; readonly current: string }
  | { readonly path: string; readonly problem: string };

/** One generated block in an existing markdown file. */
function block(path: string, name: string, content: string, root: string): Generated | undefined {
  if (!existsSync(path)) return undefined; // a missing statement or page is reported by the layout check
  const current = readFileSync(path, 'utf8');
  const expected = replaceBlock(current, name, content);
  if (expected === undefined) {
    return { path, problem: `${relative(root, path)} has no generated:${name} block (its markers were removed?)` };
  }
  return { path, expected, current };
}

/** Every place the catalog is repeated, with its content as the catalog says it should be. */
export function generatedFiles(catalog: Catalog, root: string): Generated[] {
  const schemaPath = join(root, 'problems', 'catalog.schema.json');
  const parts: Array<Generated | undefined> = [
    { path: schemaPath, expected: catalogSchema().catalogJsonSchema(), current: existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : '' },
    block(join(root, 'README.md'), 'katas-table', katasTable(catalog), root),
    block(join(root, 'docs', 'README.md'), 'katas-index', docsIndex(catalog), root),
    ...catalog.katas.flatMap((kata) => [
      block(kataPaths(kata.slug, root).statement, 'header', statementHeader(kata), root),
      block(kataPaths(kata.slug, root).docs, 'header', kataPageHeader(kata), root),
    ]),
  ];
  return parts.filter((part) => part !== undefined);
}

/** One line per generated file that no longer matches the catalog (or cannot be generated). */
export function staleProblems(catalog: Catalog, root: string): string[] {
  return generatedFiles(catalog, root).flatMap((file) => {
    if ('problem' in file) return [file.problem];
    if (file.current === file.expected) return [];
    return [`${relative(root, file.path)} is out of date with problems/catalog.json: run npm run kata -- dev sync`];
  });
}

/** Rewrites every stale generated file. Returns the files written and the problems it could not fix. */
export function sync(catalog: Catalog, root: string): { written: string[]; problems: string[] } {
  const written: string[] = [];
  const problems: string[] = [];
  for (const file of generatedFiles(catalog, root)) {
    if ('problem' in file) problems.push(file.problem);
    else if (file.current !== file.expected) {
      writeFileSync(file.path, file.expected);
      written.push(relative(root, file.path));
    }
  }
  return { written, problems };
}
