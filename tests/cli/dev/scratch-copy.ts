import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kataPaths, loadCatalog, repoRoot } from '../../../src/catalog';
import { originalStub } from '../../../src/cli/learner-files';

/**
 * A copy of what `dev` commands read and write (catalog, statements, stubs, solutions, specs, mutants, kata
 * tests, docs), in a temporary folder, so tests never touch the repository. Every learner file in the copy
 * is the shipped stub, whatever the learner has written in the real one: `dev check` demands stubs, and a
 * learner who solved a kata must not turn these tests red. Remove it with `removeCopy`.
 */
export function scratchCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'kata-dev-'));
  for (const part of ['problems', 'solutions', 'docs', 'README.md', 'tests/stress', 'tests/mutants', 'tests/accepted']) {
    if (existsSync(join(repoRoot, part))) cpSync(join(repoRoot, part), join(root, part), { recursive: true });
  }
  for (const name of readdirSync(join(repoRoot, 'tests')).filter((file) => file.endsWith('.test.ts'))) {
    cpSync(join(repoRoot, 'tests', name), join(root, 'tests', name));
  }
  for (const kata of loadCatalog()) writeFileSync(kataPaths(kata.slug, root).stub, originalStub(kataPaths(kata.slug).stub));
  return root;
}

export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
