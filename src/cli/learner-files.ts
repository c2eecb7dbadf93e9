import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../catalog';
import { UserError } from './errors';
import { stateDir } from './state';

/**
 * Copies the learner's file into .kata/backups/ before anything replaces it. Returns the backup's path.
 * The name carries the time, so backups never overwrite each other.
 */
export function backUp(path: string, slug: string, dir = join(stateDir, 'backups'), now = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let backup = join(dir, `${slug}-${stamp}.ts`);
  for (let n = 2; existsSync(backup); n++) backup = join(dir, `${slug}-${stamp}-${n}.ts`);
  copyFileSync(path, backup);
  return backup;
}

/**
 * The shipped stub: the newest committed version of the file that still contains `notImplemented(`.
 * (The learner may have committed their own work on top; that version is not a stub and is skipped.)
 */
export function originalStub(path: string, root = repoRoot): string {
  const file = relative(root, path);
  let commits: string[];
  try {
    commits = execFileSync('git', ['log', '--format=%H', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    throw new UserError(`cannot find the original stub of ${file}: this is not a git checkout; nothing was changed`);
  }
  for (const commit of commits) {
    const text = execFileSync('git', ['show', `${commit}:${file}`], { cwd: root, encoding: 'utf8' });
    if (/\bnotImplemented\s*\(/.test(text)) return text;
  }
  throw new UserError(`cannot find the original stub of ${file} in the git history; nothing was changed`);
}

/** Restores the stub, after backing up the learner's file. Returns the backup path (undefined if no file). */
export function resetToStub(
  path: string,
  slug: string,
  where: { root?: string; backups?: string } = {},
): string | undefined {
  const stub = originalStub(path, where.root); // first: fail before touching anything
  const backup = existsSync(path) ? backUp(path, slug, where.backups) : undefined;
  writeFileSync(path, stub);
  return backup;
}
