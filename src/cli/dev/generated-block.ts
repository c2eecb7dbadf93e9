/**
 * A generated block: the text between `<!-- generated:<name> ... -->` and `<!-- /generated:<name> -->` in a
 * markdown file, written by `npm run kata -- dev sync` from the catalog (or from the files it names in its
 * opening marker). Everything outside the markers is hand-written and left as it is.
 */

/** Where a block is made from, as its opening marker says: what to edit instead of the block. */
export const CATALOG = 'problems/catalog.json';

const opening = (name: string, source: string): string =>
  `<!-- generated:${name}: made from ${source} by npm run kata -- dev sync; edit ${source === CATALOG ? 'the catalog' : 'those'}, not this -->`;
const closing = (name: string): string => `<!-- /generated:${name} -->`;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The block's whole text, markers included, for a new file. `content` ends with a newline. */
export function generatedBlock(name: string, content: string, source = CATALOG): string {
  return `${opening(name, source)}\n${content}${closing(name)}\n`;
}

/**
 * `text` with the block's content replaced, or undefined when the file has no (well-formed) block of that
 * name. The opening marker is recognised by its name alone, so rewording the marker's remark needs no sync.
 */
export function replaceBlock(text: string, name: string, content: string, source = CATALOG): string | undefined {
  const pattern = new RegExp(`^<!-- generated:${escape(name)}(?![\\w-])[^\\n]*-->\\n[\\s\\S]*?^${escape(closing(name))}$`, 'm');
  if (!pattern.test(text)) return undefined;
  return text.replace(pattern, () => `${opening(name, source)}\n${content}${closing(name)}`);
}
