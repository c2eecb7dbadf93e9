/**
 * A generated block: the text between `<!-- generated:<name> ... -->` and `<!-- /generated:<name> -->` in a
 * markdown file, written by `npm run kata -- dev sync` from the catalog. Everything outside the markers is
 * hand-written and left as it is.
 */

const opening = (name: string): string =>
  `<!-- generated:${name}: made from problems/catalog.json by npm run kata -- dev sync; edit the catalog, not this -->`;
const closing = (name: string): string => `<!-- /generated:${name} -->`;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The block's whole text, markers included, for a new file. `content` ends with a newline. */
export function generatedBlock(name: string, content: string): string {
  return `${opening(name)}\n${content}${closing(name)}\n`;
}

/**
 * `text` with the block's content replaced, or undefined when the file has no (well-formed) block of that
 * name. The opening marker is recognised by its name alone, so rewording the marker's remark needs no sync.
 */
export function replaceBlock(text: string, name: string, content: string): string | undefined {
  const pattern = new RegExp(`^<!-- generated:${escape(name)}(?![\\w-])[^\\n]*-->\\n[\\s\\S]*?^${escape(closing(name))}$`, 'm');
  if (!pattern.test(text)) return undefined;
  return text.replace(pattern, () => `${opening(name)}\n${content}${closing(name)}`);
}
