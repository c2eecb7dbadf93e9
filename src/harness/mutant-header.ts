import type { Verdict } from '../sandbox/protocol';

/**
 * The failures a mutant can promise, declared on its first line as `// expect: <kind>`:
 * - violation: a wrong result or a broken invariant, seen in one schedule;
 * - deadlock: no task can run and none will be woken, with some task unfinished;
 * - livelock: the schedule keeps stepping (polling, a ticking clock) without progress;
 * - crash: an exception or unhandled rejection in a task;
 * - hang: the sandbox's watchdog stopped a task that never reached a scheduling point (a busy-wait);
 * - across: a property over all schedules together failed (e.g. a serialized dining table).
 */
export const failureKinds = ['violation', 'deadlock', 'livelock', 'crash', 'hang', 'across'] as const;
export type FailureKind = (typeof failureKinds)[number];

const headerPattern = /^\/\/ expect: (\S+)\s*$/;

function isFailureKind(word: string): word is FailureKind {
  return (failureKinds as readonly string[]).includes(word);
}

/**
 * The kind a mutant's source declares on its first line. Throws, saying what the first line should be, when
 * the header is missing or names an unknown kind: a mutant must say how it fails, not only that it fails.
 */
export function expectedFailure(source: string): FailureKind {
  const firstLine = (source.replace(/^\uFEFF/, '').split('\n')[0] ?? '').replace(/\r$/, '');
  const word = headerPattern.exec(firstLine)?.[1];
  const wanted = `its first line must be "// expect: <kind>", kind one of ${failureKinds.join(', ')}`;
  if (word === undefined) throw new Error(`no failure kind declared: ${wanted}, not ${JSON.stringify(firstLine)}`);
  if (!isFailureKind(word)) throw new Error(`unknown failure kind "${word}": ${wanted}`);
  return word;
}

/** A failure as the judge reported it: its kind and one-line headline. */
export interface ReportedFailure {
  readonly kind: string;
  readonly headline: string;
}

/**
 * The kind of failure a verdict reports, or undefined when it is no failure. A judge's kind outside the list
 * (a replay "mismatch") is passed through as it is, to be named in the message.
 */
export function reportedFailure(verdict: Verdict): ReportedFailure | undefined {
  if (verdict.status === 'fail') return { kind: verdict.kind, headline: verdict.headline };
  if (verdict.status === 'hang') return { kind: 'hang', headline: verdict.message };
  return undefined;
}

/** "a deadlock", "an across": the kind with its article, for messages. */
export function aKind(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** Why a reported failure is not the declared one, or undefined when it is. */
export function kindMismatch(expected: FailureKind, reported: ReportedFailure): string | undefined {
  if (reported.kind === expected) return undefined;
  // A deadlock's headline starts "deadlock: ..."; saying the kind twice in a row reads as a glitch.
  const prefix = `${reported.kind}: `;
  const headline = reported.headline.startsWith(prefix) ? reported.headline.slice(prefix.length) : reported.headline;
  return `expected ${aKind(expected)}, but the judge reported ${aKind(reported.kind)}: ${headline}`;
}
