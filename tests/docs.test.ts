import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadCatalog, loadCatalogFile, repoRoot } from '../src/catalog';
import { staleProblems } from '../src/cli/dev/sync';

/**
 * The docs stay navigable: both start pages link every kata of the catalog, and no relative link in the
 * markdown points to a file or folder that does not exist.
 */

/** Every markdown file under `dir`, recursively. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The text with fenced code blocks and inline code removed: `a[i](x)` in code is not a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Targets of inline links `[text](target)` and reference definitions `[label]: target`. */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? '');
  const references = [...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1] ?? '');
  return [...inline, ...references];
}

function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

/** The file a relative link points to, with its #fragment and ?query dropped. */
function resolveLink(fromFile: string, target: string): string {
  const path = decodeURIComponent(target.replace(/[#?].*$/, ''));
  return resolve(dirname(fromFile), path);
}

const catalog = loadCatalog();
const topReadme = join(repoRoot, 'README.md');
const docsReadme = join(repoRoot, 'docs', 'README.md');
const allMarkdown = [topReadme, ...markdownFiles(join(repoRoot, 'docs'))];

describe('start pages link every kata of the catalog', () => {
  const slugs = catalog.map((kata) => kata.slug);

  test.each([
    ['README.md', topReadme],
    ['docs/README.md', docsReadme],
  ])('%s', (_name, file) => {
    expect(existsSync(file)).toBe(true);
    const linked = linkTargets(readFileSync(file, 'utf8'))
      .filter(isRelative)
      .map((target) => relative(repoRoot, resolveLink(file, target)).split(/[\\/]/));
    const unlinked = slugs.filter(
      (slug) => !linked.some((segments) => segments.includes(slug) || segments.includes(`${slug}.md`)),
    );
    expect(unlinked).toEqual([]);
  });
});

describe('relative links point to files that exist', () => {
  test.each(allMarkdown.map((file) => [relative(repoRoot, file), file]))('%s', (_name, file) => {
    const broken = linkTargets(readFileSync(file, 'utf8'))
      .filter(isRelative)
      .filter((target) => target.replace(/[#?].*$/, '') !== '')
      .filter((target) => !existsSync(resolveLink(file, target)));
    expect(broken).toEqual([]);
  });

  test('the link finder sees inline and reference links, and skips code', () => {
    const sample = [
      'See [the kit](primitives.md#lock) and [a folder](../solutions/ "title").',
      '[ref]: katas/print-in-order.md',
      '`[not](a-link.md)`',
      '```ts',
      'const f = table[0](x);',
      '```',
    ].join('\n');
    expect(linkTargets(sample)).toEqual(['primitives.md#lock', '../solutions/', 'katas/print-in-order.md']);
  });
});

describe('tables and headers made from the catalog', () => {
  test('match problems/catalog.json (npm run kata -- dev sync rewrites them)', () => {
    expect(staleProblems(loadCatalogFile(), repoRoot)).toEqual([]);
  });
});
