import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Catalog, catalogSchema, kataPaths } from '../../catalog';
import { docsIndex, kataPageHeader, katasTable, statementHeader } from './catalog-views';
import { corpusSource, corpusTableOf } from './corpus-view';
import { CATALOG, replaceBlock } from './generated-block';

/** A file that repeats the catalog: what it should contain now, or why that cannot be worked out. */
export type Generated =
  | {
      readonly path: string;
      readonly expected: string;
      readonly current: string;
      /** What the blocks that differ are made from, for the message (empty when none differs). */
      readonly sources: readonly string[];
    }
  | { readonly path: string; readonly problem: string };

interface Block {
  readonly name: string;
  readonly content: string;
  readonly source: string;
}

/** The generated blocks of one existing markdown file, replaced in turn. */
function blocks(path: string, wanted: readonly Block[], root: string): Generated | undefined {
  if (!existsSync(path)) return undefined; // a missing statement or page is reported by the layout check
  const current = readFileSync(path, 'utf8');
  let expected = current;
  const sources: string[] = [];
  for (const { name, content, source } of wanted) {
    const replaced = replaceBlock(expected, name, content, source);
    if (replaced === undefined) {
      return { path, problem: `${relative(root, path)} has no generated:${name} block (its markers were removed?)` };
    }
    if (replaced !== expected && !sources.includes(source)) sources.push(source);
    expected = replaced;
  }
  return { path, expected, current, sources };
}

/** Every place the catalog (or a kata's corpus) is repeated, with its content as it should be now. */
export function generatedFiles(catalog: Catalog, root: string): Generated[] {
  const schemaPath = join(root, 'problems', 'catalog.schema.json');
  const schema = catalogSchema().catalogJsonSchema();
  const currentSchema = existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : '';
  const catalogBlock = (name: string, content: string): Block => ({ name, content, source: CATALOG });
  const parts: Array<Generated | undefined> = [
    { path: schemaPath, expected: schema, current: currentSchema, sources: schema === currentSchema ? [] : [CATALOG] },
    blocks(join(root, 'README.md'), [catalogBlock('katas-table', katasTable(catalog))], root),
    blocks(join(root, 'docs', 'README.md'), [catalogBlock('katas-index', docsIndex(catalog))], root),
    ...catalog.katas.flatMap((kata) => [
      blocks(kataPaths(kata.slug, root).statement, [catalogBlock('header', statementHeader(kata))], root),
      blocks(
        kataPaths(kata.slug, root).docs,
        [
          catalogBlock('header', kataPageHeader(kata)),
          { name: 'corpus', content: corpusTableOf(kata.slug, root), source: corpusSource(kata.slug) },
        ],
        root,
      ),
    ]),
  ];
  return parts.filter((part) => part !== undefined);
}

/** One line per generated file that no longer matches the catalog (or cannot be generated). */
export function staleProblems(catalog: Catalog, root: string): string[] {
  return generatedFiles(catalog, root).flatMap((file) => {
    if ('problem' in file) return [file.problem];
    if (file.current === file.expected) return [];
    return [`${relative(root, file.path)} is out of date with ${file.sources.join(' and ')}: run npm run kata -- dev sync`];
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
