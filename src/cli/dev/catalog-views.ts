import type { Catalog, Kata } from '../../catalog';

/**
 * The parts of the docs that only repeat the catalog, rendered from it: the README's katas table, the docs
 * index, each statement's header and each kata page's header. Each returns markdown ending with a newline.
 */

/** "Print in Order (LeetCode 1114)", or the bare title for a kata that retells no LeetCode problem. */
export function fullTitle(kata: Kata): string {
  return kata.leetcode === undefined ? kata.title : `${kata.title} (LeetCode ${kata.leetcode})`;
}

/** A primitive as code when it is a name (`Semaphore`, `Promise.all`), as words otherwise (plain promises). */
const primitive = (name: string): string => (/^[A-Za-z_$][\w$.]*$/.test(name) ? `\`${name}\`` : name);

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * Renders the katas track by track, numbered in learning order across tracks. With a single track there
 * is no track heading: the table stands alone, as the surrounding text introduces it.
 */
function byTrack(catalog: Catalog, table: (katas: ReadonlyArray<{ kata: Kata; number: number }>) => string[]): string {
  const numbered = catalog.katas.map((kata, index) => ({ kata, number: index + 1 }));
  if (catalog.tracks.length === 1) return `${table(numbered).join('\n')}\n`;
  return catalog.tracks
    .map((track) => {
      const katas = numbered.filter(({ kata }) => kata.track === track.id);
      const body = katas.length === 0 ? ['No katas yet.'] : table(katas);
      return [`### ${track.title}`, '', track.description, '', ...body, ''].join('\n');
    })
    .join('\n');
}

/** README.md: every kata with its slug (what the commands take), LeetCode number and difficulty. */
export function katasTable(catalog: Catalog): string {
  return byTrack(catalog, (katas) => [
    '| # | kata | slug | LeetCode | difficulty |',
    '|---|---|---|---|---|',
    ...katas.map(
      ({ kata, number }) =>
        `| ${number} | [${cell(kata.title)}](problems/${kata.slug}/README.md) | \`${kata.slug}\` | ${kata.leetcode ?? '–'} | ${kata.difficulty} |`,
    ),
  ]);
}

/** docs/README.md: the learning path, with what each kata teaches and the primitives its solutions use. */
export function docsIndex(catalog: Catalog): string {
  return byTrack(catalog, (katas) => [
    '| # | kata | what it teaches | primitives | docs |',
    '|---|---|---|---|---|',
    ...katas.map(({ kata, number }) =>
      [
        `| ${number}`,
        `[${cell(kata.title)}](../problems/${kata.slug}/README.md) (${kata.difficulty})`,
        cell(kata.concepts.join('; ')),
        cell(kata.primitives.map(primitive).join(', ')),
        `[solutions and wrong answers](katas/${kata.slug}.md) |`,
      ].join(' | '),
    ),
  ]);
}

/** problems/<slug>/README.md: title, difficulty and concepts. */
export function statementHeader(kata: Kata): string {
  return `# ${fullTitle(kata)}\n\n**Difficulty:** ${kata.difficulty} · **Concepts:** ${kata.concepts.join(', ')}\n\n`;
}

/** docs/katas/<slug>.md: title and the links to the statement and the reference solutions. */
export function kataPageHeader(kata: Kata): string {
  const statement = `problems/${kata.slug}/README.md`;
  const solutions = `solutions/${kata.slug}/`;
  return [
    `# ${kata.title}: solutions and wrong answers`,
    '',
    `Problem statement: [${statement}](../../${statement}).`,
    `Reference solutions: [${solutions}](../../${solutions}).`,
    '',
    '',
  ].join('\n');
}
