import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from '../src/catalog';

/**
 * Failure reports shown in the docs are what the CLI prints today. Each is marked with the command's
 * arguments, followed by a ```text block and a closing marker:
 *     <!-- report: print-in-order --impl tests/mutants/print-in-order/flag-check-then-wait.ts -->
 * A report in the docs without a marker is not allowed (it would go stale unseen, as one did).
 */
const docs = [
  join(repoRoot, 'README.md'),
  ...readdirSync(join(repoRoot, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(repoRoot, 'docs', name)),
];
const marked = /<!-- report: ([^>]+?) -->\n```text\n([\s\S]*?)```\n<!-- \/report -->/g;

const reports = docs.flatMap((doc) =>
  [...readFileSync(doc, 'utf8').matchAll(marked)].map((match) => ({ doc: relative(repoRoot, doc), args: (match[1] as string).split(' '), text: match[2] as string })),
);

describe('failure reports shown in the docs', () => {
  test('every report shown is marked with the command that prints it', () => {
    const unmarked = docs.flatMap((doc) =>
      [...readFileSync(doc, 'utf8').replace(marked, '').matchAll(/^✗ .*$/gm)].map((match) => `${relative(repoRoot, doc)}: ${match[0]}`),
    );
    expect(reports.length).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });

  test.each(reports.map((report) => [`${report.doc}: npm run kata -- ${report.args.join(' ')}`, report] as const))('%s', (_title, report) => {
    const state = mkdtempSync(join(tmpdir(), 'kata-report-'));
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...report.args], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', KATA_STATE_DIR: state },
      });
      expect(result.stdout).toBe(report.text);
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });
});
