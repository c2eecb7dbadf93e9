import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kataPaths, loadCatalog, repoRoot } from '../../src/catalog';
import { originalStub } from '../../src/cli/learner-files';

/** What the CLI needs to run: its code, the katas' specs, solutions and mutants, the statements and stubs. */
const parts = ['src', 'problems', 'solutions', 'tests/stress', 'tests/mutants', 'tsconfig.json', 'package.json'];

export interface ScratchCopy {
  readonly root: string;
  /** Runs `npm run kata -- ...args` in the copy, as a learner would; stdout and stderr together. */
  kata(...args: string[]): { code: number | null; out: string };
  remove(): void;
}

/**
 * A throwaway copy of the workbook for the CLI's tests, so that they never read or change the learner's
 * files or .kata/ progress: every learner file in the copy is the shipped stub (what `reset` restores),
 * whatever the learner has written in the real one. node_modules is linked, not copied. With `git`, the copy
 * is a repository with one commit (for `reset`).
 */
export function scratchCopy(options: { git?: boolean } = {}): ScratchCopy {
  const root = mkdtempSync(join(tmpdir(), 'kata-scratch-'));
  for (const part of parts) cpSync(join(repoRoot, part), join(root, part), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const kata of loadCatalog()) writeFileSync(kataPaths(kata.slug, root).stub, originalStub(kataPaths(kata.slug).stub));
  if (options.git === true) {
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, stdio: 'ignore' });
    };
    writeFileSync(join(root, '.gitignore'), 'node_modules\n.kata/\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'shipped');
  }
  return {
    root,
    kata(...args) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', KATA_STATE_DIR: join(root, '.kata') },
      });
      return { code: result.status, out: result.stdout + result.stderr };
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
