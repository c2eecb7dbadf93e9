import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/cli/errors';
import { backUp, resetToStub } from '../../src/cli/learner-files';

/** A throwaway git repository with one kata stub committed, then committed over by the learner. */
function repoWithStub(): { root: string; stub: string; backups: string } {
  const root = mkdtempSync(join(tmpdir(), 'kata-reset-'));
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, stdio: 'ignore' });
  };
  git('init', '-q');
  mkdirSync(join(root, 'problems', 'k'), { recursive: true });
  const stub = join(root, 'problems', 'k', 'k.ts');
  writeFileSync(stub, "export const f = () => notImplemented('f');\n");
  git('add', '.');
  git('commit', '-qm', 'stub');
  writeFileSync(stub, 'export const f = () => 42; // committed work\n');
  git('commit', '-qam', 'my work');
  return { root, stub, backups: join(root, '.kata', 'backups') };
}

describe('reset', () => {
  test('restores the shipped stub, skipping the learner\'s own commits, and backs the file up first', () => {
    const { root, stub, backups } = repoWithStub();
    try {
      writeFileSync(stub, 'export const f = () => 43; // unsaved work\n');
      const backup = resetToStub(stub, 'k', { root, backups });
      expect(readFileSync(stub, 'utf8')).toContain("notImplemented('f')");
      expect(backup).toBeDefined();
      expect(readFileSync(backup ?? '', 'utf8')).toContain('unsaved work');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('touches nothing when no stub can be found', () => {
    const root = mkdtempSync(join(tmpdir(), 'kata-reset-'));
    const file = join(root, 'mine.ts');
    writeFileSync(file, 'my work');
    try {
      expect(() => resetToStub(file, 'k', { root, backups: join(root, 'b') })).toThrow(UserError);
      expect(readFileSync(file, 'utf8')).toBe('my work');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('backups never overwrite each other', () => {
    const root = mkdtempSync(join(tmpdir(), 'kata-backup-'));
    const file = join(root, 'mine.ts');
    const now = new Date('2026-01-01T00:00:00Z');
    try {
      writeFileSync(file, 'one');
      backUp(file, 'k', join(root, 'b'), now);
      writeFileSync(file, 'two');
      backUp(file, 'k', join(root, 'b'), now);
      const contents = readdirSync(join(root, 'b')).map((name) => readFileSync(join(root, 'b', name), 'utf8'));
      expect(contents.sort()).toEqual(['one', 'two']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
