import type { FoundFailure } from '../explorer/explore';
import type { Outcome } from '../explorer/outcome';
import type { RunEnd, TaskView } from '../explorer/run';
import { encodeSchedule } from '../explorer/schedule';
import type { Failure } from '../explorer/spec';
import type { TraceEvent } from '../explorer/trace';
import { describeValue } from './describe-value';

/**
 * A failing verdict as plain data: what the worker that explored hands to whoever shows it (the CLI, the jest
 * harness, a page). Nothing here is rendered: no colours, widths or commands.
 */
export type FailureKind = 'violation' | 'deadlock' | 'livelock' | 'crash' | 'mismatch' | 'across';

export interface FailureData {
  readonly kind: FailureKind;
  /** One sentence: what went wrong. */
  readonly headline: string;
  /** Lines under the headline: expected and actual, who waits for what, where an exception came from. */
  readonly details: readonly string[];
  readonly caseLabel: string;
  /** How it was found, e.g. "found after 19 schedules (exhaustive); 0 preemptions". */
  readonly how: string;
  readonly taskNames: readonly string[];
  readonly trace?: readonly TraceEvent[];
  /** The schedule that shows the failure, as a `replay:` line takes it; absent when there is none to replay. */
  readonly schedule?: string;
  /** Doubts about the verdict the learner must see (the code is nondeterministic, the schedule is stale). */
  readonly warnings: readonly string[];
}

/** A thrown value in one line, and for an Error the first stack frame in the code under test. */
export function describeThrown(error: unknown): string {
  const shown = describeValue(error);
  if (!(error instanceof Error)) return shown;
  let stack = '';
  try {
    stack = typeof error.stack === 'string' ? error.stack : '';
  } catch {
    // a stack that cannot be read (an odd `name` getter): the headline is enough
  }
  const frame = stack
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .find(
      (line) =>
        line.startsWith('at ') &&
        !line.includes('node_modules') &&
        !line.includes('/src/explorer/') &&
        !line.includes('/src/instrument/') &&
        !line.includes('node:'),
    );
  return `${shown}${frame === undefined ? '' : `\n    ${frame}`}`;
}

function waitingList(tasks: readonly TaskView[]): string[] {
  return tasks.map((task) => {
    switch (task.state) {
      case 'blocked':
        return `  - ${task.name} waits for ${task.at}`;
      case 'runnable':
        return `  - ${task.name} is ready to run${task.where === undefined ? '' : ` (at ${task.where})`}`;
      case 'unseen':
      case 'done':
        return `  - ${task.name} is ${task.at}`;
    }
  });
}

/** The one-sentence headline and the detail lines for how a schedule failed. */
export function describeEnd(end: RunEnd, failure: Failure | undefined): { headline: string; details: string[] } {
  if (failure !== undefined) {
    const details: string[] = [];
    if (failure.expected !== undefined) details.push(`expected: ${failure.expected}`);
    if (failure.actual !== undefined) details.push(`actual:   ${failure.actual}`);
    return { headline: failure.message, details };
  }
  switch (end.kind) {
    case 'completed':
      return { headline: 'this schedule now passes', details: [] };
    case 'violation': {
      const details: string[] = [];
      if (end.expected !== undefined) details.push(`expected: ${end.expected}`);
      if (end.actual !== undefined) details.push(`actual:   ${end.actual}`);
      return { headline: end.message, details };
    }
    case 'deadlock':
      return {
        headline:
          end.unrefdTimersOnly === true
            ? "deadlock: not every task has finished, and the only timers pending are unref'd: Node would exit here without firing them"
            : 'deadlock: no task can run, none will ever be woken, and not every task has finished',
        details: waitingList(end.tasks),
      };
    case 'livelock': {
      const busiest = [...end.tasks].sort((a, b) => b.steps - a.steps)[0];
      return {
        headline:
          `no progress: the schedule took more than ${end.steps} steps` +
          (busiest === undefined ? '' : `; ${busiest.name} alone took ${busiest.steps} (a polling or spin loop?)`),
        details: waitingList(end.tasks.filter((t) => t.state !== 'done')),
      };
    }
    case 'crash': {
      // The headline names the thrown value; the details hold the rest of it and where it was thrown.
      const [shown = '', ...rest] = describeThrown(end.error).split('\n');
      const recursion = /^RangeError: Maximum call stack size exceeded/.test(shown) ? ' (an endless recursion?)' : '';
      return { headline: `${end.task} threw ${shown}${recursion}`, details: rest };
    }
    case 'mismatch':
      return { headline: `the schedule does not fit the code: ${end.message}`, details: [] };
  }
}

function kindOf(outcome: Outcome): FailureKind {
  if (outcome.failure !== undefined) return 'violation';
  return outcome.end.kind === 'completed' ? 'mismatch' : outcome.end.kind;
}

/** The data of a failing schedule found by exploring (or replaying). */
export function failureData(found: FoundFailure, kind: FailureKind = kindOf(found.outcome)): FailureData {
  const { outcome } = found;
  const { headline, details } = describeEnd(outcome.end, outcome.failure);
  const how =
    found.strategy === 'replay'
      ? 'replayed schedule'
      : `found after ${found.foundAfter} schedule${found.foundAfter === 1 ? '' : 's'} (${found.strategy})`;
  const shrunk =
    found.strategy === 'replay' || found.preemptionsBeforeShrinking === outcome.preemptions
      ? `${outcome.preemptions} preemption${outcome.preemptions === 1 ? '' : 's'}`
      : `shrunk from ${found.preemptionsBeforeShrinking} to ${outcome.preemptions} preemptions`;
  const delays = outcome.schedule.delays.map(([task, time]) => `${outcome.taskNames[task] ?? task} starts at t=${time}ms`);
  return {
    kind,
    headline,
    details,
    caseLabel: found.caseLabel,
    how: `${how}; ${shrunk}${delays.length > 0 ? `; ${delays.join(', ')}` : ''}`,
    taskNames: outcome.taskNames,
    ...(outcome.trace === undefined ? {} : { trace: outcome.trace }),
    schedule: encodeSchedule(outcome.schedule),
    warnings: [found.mismatch, found.nondeterminism].filter((w): w is string => w !== undefined),
  };
}
