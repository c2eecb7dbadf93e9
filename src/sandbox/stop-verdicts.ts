import type { Verdict } from './protocol';
import { Phase, type Place, type Vitals } from './vitals';

/**
 * The verdicts of the sandbox's watchdog, in words: each message starts with who did what, so that the first
 * line a learner reads names the cause. Pure functions of what the watchdog observed.
 */

/** What the watchdog knows to name the culprit: the current case's task names and the exported class. */
export interface Naming {
  readonly taskNames: readonly string[];
  readonly implName: string | undefined;
  readonly caseLabel: string;
}

/** Who was running at `place`: the file's top level, the constructor, or a task. */
export function who(place: Place, naming: Naming): string {
  if (place.phase === Phase.Loading || place.phase === Phase.Loaded) return 'the file (while loading)';
  if (place.phase === Phase.Setup) return `new ${naming.implName ?? 'the kata object'}()`;
  return naming.taskNames[place.task] ?? `task ${place.task}`;
}

const inCase = (naming: Naming): string => (naming.caseLabel === '' ? '' : ` (case: ${naming.caseLabel})`);

/** A verdict for what the file did to the process (process.exit, a replaced global), if it did anything. */
export function vitalsVerdict(vitals: Vitals, naming: Naming): Verdict | undefined {
  if (vitals.replaced !== undefined) {
    const { global } = vitals.replaced;
    const advice =
      global === 'Promise'
        ? 'keep the built-in Promise (a subclass under its own name is fine)'
        : `give your version a name of its own instead of replacing ${global}`;
    return {
      status: 'stopped',
      cause: 'global',
      message: `${who(vitals.replaced, naming)} replaced globalThis.${global}, which the stress test needs to schedule your tasks: ${advice}`,
    };
  }
  if (vitals.exit !== undefined) {
    return {
      status: 'stopped',
      cause: 'exit',
      message: `${who(vitals.exit, naming)} called process.exit(${vitals.exit.code}): code under test must return (or throw), never end the process`,
    };
  }
  return undefined;
}

/** The code under test ran out of the sandbox's memory; `stalled`: no scheduling point was reached meanwhile. */
export function memoryVerdict(place: Place, stalled: boolean, limitMb: number, naming: Naming): Verdict {
  const culprit = who(place, naming);
  const message =
    place.phase !== Phase.Tasks
      ? `${culprit} used more than ${limitMb} MB of memory, the stress test's limit`
      : stalled
        ? `${culprit} used more than ${limitMb} MB of memory, the stress test's limit, in a loop that never reached a scheduling point${inCase(naming)}: ` +
          'a loop that never ends and keeps adding to something?'
        : `the code under test used more than ${limitMb} MB of memory, the stress test's limit, while ${culprit} was running${inCase(naming)}: ` +
          'something keeps growing, such as an array or map that is never emptied';
  return { status: 'stopped', cause: 'memory', message };
}

/**
 * Nothing reached a scheduling point for `seconds`. In a task: a busy-wait, told apart from a loop that
 * allocates as it spins by how much memory grew meanwhile (`grewMb`). In the constructor: an endless loop there.
 */
export function stallVerdict(place: Place, seconds: number, grewMb: number, naming: Naming): Verdict {
  const culprit = who(place, naming);
  if (place.phase === Phase.Setup) {
    return {
      status: 'hang',
      message:
        `${culprit} ran for ${seconds} s without returning: an endless loop in the constructor? ` +
        'A constructor cannot wait for other tasks; set up state there and wait in the methods.',
    };
  }
  if (place.phase !== Phase.Tasks) {
    return { status: 'hang', message: `the file did not finish loading within ${seconds} s (an endless loop at the top level?)` };
  }
  if (grewMb >= allocatingLoopMb) {
    return {
      status: 'hang',
      message:
        `${culprit} ran for ${seconds} s without reaching a scheduling point, allocating ${grewMb} MB meanwhile${inCase(naming)}: ` +
        'a loop that never ends and keeps adding to something? Make the loop end, and wait on a kit primitive or sleep() instead of spinning.',
    };
  }
  return {
    status: 'hang',
    message:
      `${culprit} ran for ${seconds} s without reaching a scheduling point${inCase(naming)}: ` +
      'a busy-wait such as `while (!done) {}` or a loop of `await Promise.resolve()` never lets another task run. ' +
      'Wait on a kit primitive (Event, Semaphore, Condition) or sleep() instead.',
  };
}

/** Memory growth during a stall above which the spinning loop counts as allocating (a busy-wait adds ~nothing). */
export const allocatingLoopMb = 64;
