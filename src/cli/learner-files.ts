import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../catalog';
import { UserError } from './errors';
import { stateDir } from './state';
import { hasStubShape } from './stub-shape';

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
 * The shipped stub: the newest committed version of the file that has a stub's shape (every method only
 * calls notImplemented, see stub-shape.ts). Versions the learner committed are skipped, finished or partial:
 * a partial version still calls notImplemented somewhere, but some method has code of its own.
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
    if (hasStubShape(text)) return text;
  }
  throw new UserError(`cannot find the original stub of ${file} in the git history; nothing was changed`);
}

/**
 * Restores the stub. The learner's file is backed up first, unless it is missing or already the stub.
 * Returns the backup's path, if one was made, and whether the file changed.
 */
export function resetToStub(
  path: string,
  slug: string,
  where: { root?: string; backups?: string } = {},
): { backup?: string; changed: boolean } {
  const stub = originalStub(path, where.root); // first: fail before touching anything
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === stub) return { changed: false };
  const backup = current === undefined ? undefined : backUp(path, slug, where.backups);
  writeFileSync(path, stub);
  return { changed: true, ...(backup === undefined ? {} : { backup }) };
}
