import { resolve, sep } from 'node:path';
import { type GuardedGlobal, guardedGlobals, type VitalsWriter } from './vitals';

/**
 * Guards installed in the sandbox worker before the file under test loads, so that what the file does to the
 * process is reported as its own doing instead of breaking the checker: calling process.exit, or replacing a
 * global the explorer schedules with. Each records what happened in the vitals (the watchdog then names it as
 * the cause, whatever else follows) and throws where the file did it.
 */

/** Thrown where the code under test calls process.exit: under the stress test that call must not end anything. */
export class ProcessExitError extends Error {
  override name = 'ProcessExitError';
}

/** Thrown where the code under test assigns one of the guarded globals. */
export class GlobalReplacedError extends Error {
  override name = 'GlobalReplacedError';
}

/**
 * process.exit called by the code under test records and throws. Node's own calls go through: a worker ends
 * itself with process.exit after an uncaught exception (after reporting it to the watchdog as an error).
 */
export function trapProcessExit(vitals: VitalsWriter): void {
  const exit = process.exit.bind(process);
  process.exit = (code?: number | string | null): never => {
    if (nearestCaller()?.startsWith('node:') === true) return exit(code);
    const number = Number(code ?? 0);
    vitals.exitCalled(Number.isInteger(number) ? number : 1);
    throw new ProcessExitError(`process.exit(${code ?? ''}) was called`);
  };
}

/** Our own code (the explorer installs its virtual timers by assignment): everything under src/. */
const workbookCode = resolve(__dirname, '..') + sep;

/** The file of the nearest caller outside this file, from the stack: a path, or a `node:` module. */
function nearestCaller(): string | undefined {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  for (const frame of frames) {
    const match = /\((.*):\d+:\d+\)$|at ((?:\/|node:).*):\d+:\d+$/.exec(frame.trim());
    const file = match?.[1] ?? match?.[2];
    if (file !== undefined && file !== __filename) return file;
  }
  return undefined;
}

/** Whether the nearest caller is the workbook's own code. */
function calledByWorkbook(): boolean {
  return nearestCaller()?.startsWith(workbookCode) ?? false;
}

/**
 * Makes each guarded global an accessor that reads as usual; an assignment from the workbook's own code goes
 * through, one from the code under test is recorded and throws. Not configurable, so it cannot be redefined.
 */
export function guardGlobals(vitals: VitalsWriter): void {
  for (const name of guardedGlobals) {
    let current: unknown = (globalThis as Record<GuardedGlobal, unknown>)[name];
    Object.defineProperty(globalThis, name, {
      configurable: false,
      enumerable: false,
      get: () => current,
      set: (value: unknown) => {
        if (calledByWorkbook()) {
          current = value;
          return;
        }
        vitals.globalReplaced(name);
        throw new GlobalReplacedError(`globalThis.${name} was replaced`);
      },
    });
  }
}
