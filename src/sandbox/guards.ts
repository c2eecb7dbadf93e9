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

export function trapProcessExit(vitals: VitalsWriter): void {
  process.exit = (code?: number | string | null): never => {
    const number = Number(code ?? 0);
    vitals.exitCalled(Number.isInteger(number) ? number : 1);
    throw new ProcessExitError(`process.exit(${code ?? ''}) was called`);
  };
}

/** Our own code (the explorer installs its virtual timers by assignment): everything under src/. */
const workbookCode = resolve(__dirname, '..') + sep;

/** Whether the nearest caller with a file name, other than this file, is the workbook's own code. */
function calledByWorkbook(): boolean {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const caller = frames.map((frame) => /\((.*):\d+:\d+\)$|at (\/.*):\d+:\d+$/.exec(frame.trim())).find((match) => {
    const file = match?.[1] ?? match?.[2];
    return file !== undefined && file !== __filename;
  });
  const file = caller?.[1] ?? caller?.[2];
  return file?.startsWith(workbookCode) ?? false;
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
