import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './repo-root';

/**
 * A file of the workbook's disk cache (node_modules/.cache/concurrency-katas/<kind>/<key>.json): derived data
 * keyed by a hash of everything it derives from, so an entry is never stale, only unused.
 */
export function cacheFile(kind: string, key: string, root = repoRoot): string {
  return join(root, 'node_modules', '.cache', 'concurrency-katas', kind, `${key}.json`);
}

/** The cached value (parsed JSON, for the caller to type), or undefined when there is none (or it cannot be read). */
export function readCached(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes atomically (parallel processes never read half a file); a read-only tree still works, only slower. */
export function writeCached(file: string, value: unknown): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Not Math.random: inside an explorer run that is the run's own sequence, which a draw here would shift.
    const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    // not writable: the value is derived again next time
  }
}
