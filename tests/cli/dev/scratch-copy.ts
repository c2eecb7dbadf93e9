import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../../src/catalog';

/**
 * A copy of what `dev` commands read and write (catalog, statements, stubs, solutions, specs, mutants, kata
 * tests, docs), in a temporary folder, so tests never touch the repository. Remove it with `rmSync`.
 */
export function scratchCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'kata-dev-'));
  for (const part of ['problems', 'solutions', 'docs', 'README.md', 'tests/stress', 'tests/mutants', 'tests/accepted']) {
    if (existsSync(join(repoRoot, part))) cpSync(join(repoRoot, part), join(root, part), { recursive: true });
  }
  for (const name of readdirSync(join(repoRoot, 'tests')).filter((file) => file.endsWith('.test.ts'))) {
    cpSync(join(repoRoot, 'tests', name), join(root, 'tests', name));
  }
  return root;
}

export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
