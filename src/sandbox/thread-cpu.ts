import { readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * CPU time of one thread, for the watchdog: a spinning task burns CPU time, while a loaded machine only
 * stretches wall-clock time (wall-clock limits reported hangs in correct code at a load average of 10 on 2
 * cores). Node has no per-thread CPU clock before version 23, so this reads Linux's /proc; elsewhere there is
 * no thread id, and the watchdog falls back to the wall clock.
 */

/** The calling thread's id in /proc, or undefined where there is no /proc (macOS, Windows). */
export function currentThreadId(): number | undefined {
  try {
    const id = Number(basename(readlinkSync('/proc/thread-self')));
    return Number.isInteger(id) && id > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Linux reports thread times in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const TICK_MS = 10;

/** A reader of thread `id`'s CPU time (user and system) in milliseconds; undefined once it cannot be read. */
export function threadCpuClock(id: number): () => number | undefined {
  const path = `/proc/${process.pid}/task/${id}/stat`;
  return () => {
    try {
      // Fields after the command name (which may hold spaces, so it ends at the last ')'): utime is the 12th
      // and stime the 13th of them.
      const stat = readFileSync(path, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      return Number.isFinite(ticks) ? ticks * TICK_MS : undefined;
    } catch {
      return undefined;
    }
  };
}
