import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/cli/errors';
import { backUp, originalStub, resetToStub } from '../../src/cli/learner-files';
import { hasStubShape } from '../../src/cli/stub-shape';
import { kataPaths, loadCatalog } from '../../src/catalog';

/** A throwaway git repository with one kata stub committed, then committed over by the learner. */
function repoWithStub(): { root: string; stub: string; backups: string } {
  const root = mkdtempSync(join(tmpdir(), 'kata-reset-'));
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, stdio: 'ignore' });
  };
  git('init', '-q');
  mkdirSync(join(root, 'problems', 'k'), { recursive: true });
  const stub = join(root, 'problems', 'k', 'k.ts');
  writeFileSync(stub, "export function f() { notImplemented('f'); }\n");
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
      const { backup, changed } = resetToStub(stub, 'k', { root, backups });
      expect(readFileSync(stub, 'utf8')).toContain("notImplemented('f')");
      expect(changed).toBe(true);
      expect(backup).toBeDefined();
      expect(readFileSync(backup ?? '', 'utf8')).toContain('unsaved work');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('skips a partial version the learner committed, which still calls notImplemented somewhere', () => {
    const { root, stub, backups } = repoWithStub();
    try {
      const twoMethods = "export function f() { notImplemented('f'); }\nexport function g() { notImplemented('g'); }\n";
      writeFileSync(stub, twoMethods);
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'stub with two methods'], { cwd: root });
      writeFileSync(stub, "export function f() { return 42; }\nexport function g() { notImplemented('g'); }\n");
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'half done'], { cwd: root });
      resetToStub(stub, 'k', { root, backups });
      expect(readFileSync(stub, 'utf8')).toBe(twoMethods);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('makes no backup when the file already is the stub', () => {
    const { root, stub, backups } = repoWithStub();
    try {
      writeFileSync(stub, "export function f() { notImplemented('f'); }\n");
      expect(resetToStub(stub, 'k', { root, backups })).toEqual({ changed: false });
      expect(existsSync(backups)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('every shipped stub has the shape reset looks for', () => {
    for (const kata of loadCatalog()) expect(hasStubShape(originalStub(kataPaths(kata.slug).stub))).toBe(true);
  });

  test('a stub has the shape; a version with any method written, a field or a top-level variable does not', () => {
    const stub = "import { notImplemented } from '@kit';\nexport class A {\n  constructor(readonly n: number) {}\n  async f(): Promise<void> { notImplemented('A.f'); }\n  g(): number { return notImplemented('A.g'); }\n}\n";
    expect(hasStubShape(stub)).toBe(true);
    expect(hasStubShape(stub.replace("notImplemented('A.f');", 'await Promise.resolve();'))).toBe(false);
    expect(hasStubShape(stub.replace('export class A {', 'export class A {\n  done = false;'))).toBe(false);
    expect(hasStubShape(`${stub}const lock = 1;\n`)).toBe(false);
    expect(hasStubShape(stub.replace('{}', '{ this.n = 2; }'))).toBe(false);
    expect(hasStubShape('export const f = () => 1;\n')).toBe(false);
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
