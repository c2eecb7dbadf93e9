import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/catalog';

/** What a learner sees when `npm test` rejects their file: the report, ending with the replay line and how to see it as a page. */
describe('jest output for a failing file', () => {
  test('ends with the swimlane, the replay line and the pointer to --html, without a code frame of the harness', () => {
    const mutant = 'tests/mutants/print-in-order/flag-check-then-wait.ts';
    const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'), 'tests/print-in-order.test.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, KATA_IMPL: mutant, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(result.status).toBe(1);
    const failure = /● .*passes the stress test\n([\s\S]*?)\n\nTest Suites:/.exec(result.stderr)?.[1] ?? '';
    const lines = failure.trimEnd().split('\n');
    expect(failure).toMatch(/│ output/); // the swimlane
    expect(lines.at(-1)?.trim()).toBe('(add --html to that command for a page that steps through it in a browser)');
    expect(lines.at(-2)?.trim()).toMatch(/^replay: npm run kata -- print-in-order --impl .*flag-check-then-wait\.ts --seed 1 --replay '.+'$/);
    expect(failure).not.toMatch(/kata-suite|verdict-error|\bat \w/);
  }, 120_000);
});
