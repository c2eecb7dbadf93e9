import type { FoundFailure } from '../explorer/explore';
import type { RunEnd, TaskView } from '../explorer/run';
import { encodeSchedule } from '../explorer/schedule';
import { describeValue } from './describe-value';
import { noPaint, type Paint, swimlane } from './swimlane';

/** A thrown value in one line, and for an Error the first stack frame in the code under test. */
function describeError(error: unknown): string {
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
    .find((line) => line.startsWith('at ') && !line.includes('node_modules') && !line.includes('/src/explorer/') && !line.includes('node:'));
  return `${shown}${frame === undefined ? '' : `\n    ${frame}`}`;
}

function waitingList(tasks: readonly TaskView[]): string[] {
  return tasks.map((task) => `  - ${task.name} ${task.state === 'blocked' ? 'waits for' : 'is'} ${task.at}`);
}

/** The one-sentence headline and the detail lines for how a schedule failed. */
export function describeEnd(end: RunEnd, failure: FoundFailure['outcome']['failure']): { headline: string; details: string[] } {
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
        headline: 'deadlock: no task can run, none will ever be woken, and not every task has finished',
        details: waitingList(end.tasks),
      };
    case 'livelock': {
      const busiest = [...end.tasks].sort((a, b) => b.steps - a.steps)[0];
      return {
        headline: `no progress: the schedule took more than ${end.steps} steps` +
          (busiest === undefined ? '' : `; ${busiest.name} alone took ${busiest.steps} (a polling or spin loop?)`),
        details: waitingList(end.tasks.filter((t) => t.state !== 'done')),
      };
    }
    case 'crash': {
      // The headline names the thrown value; the details hold the rest of it and where it was thrown.
      const [shown = '', ...rest] = describeError(end.error).split('\n');
      const recursion = /^RangeError: Maximum call stack size exceeded/.test(shown) ? ' (an endless recursion?)' : '';
      return { headline: `${end.task} threw ${shown}${recursion}`, details: rest };
    }
    case 'mismatch':
      return { headline: `the schedule does not fit the code: ${end.message}`, details: [] };
  }
}

export interface ReportOptions {
  readonly slug: string;
  readonly replayCommand: (schedule: string) => string;
  readonly paint?: Paint;
  readonly width?: number;
}

/** The full failure report: what was expected, what happened, the (shrunk) schedule as a picture, and a replay line. */
export function renderFailure(found: FoundFailure, options: ReportOptions): string {
  const paint = options.paint ?? noPaint;
  const { outcome } = found;
  const { headline, details } = describeEnd(outcome.end, outcome.failure);
  const lines: string[] = [];
  lines.push(paint.bad(`✗ ${options.slug}: ${headline}`));
  for (const detail of details) lines.push(`  ${detail}`);
  lines.push('');
  const how =
    found.strategy === 'replay'
      ? 'replayed schedule'
      : `found after ${found.foundAfter} schedule${found.foundAfter === 1 ? '' : 's'} (${found.strategy})`;
  const shrunk =
    found.strategy === 'replay' || found.preemptionsBeforeShrinking === outcome.preemptions
      ? `${outcome.preemptions} preemption${outcome.preemptions === 1 ? '' : 's'}`
      : `shrunk from ${found.preemptionsBeforeShrinking} to ${outcome.preemptions} preemptions`;
  const delays = outcome.schedule.delays.map(([task, time]) => `${outcome.taskNames[task] ?? task} starts at t=${time}ms`);
  lines.push(paint.dim(`case: ${found.caseLabel}; ${how}; ${shrunk}${delays.length > 0 ? `; ${delays.join(', ')}` : ''}`));
  if (outcome.trace !== undefined && outcome.trace.length > 0) {
    lines.push('');
    lines.push(swimlane(outcome.trace, outcome.taskNames, { paint, ...(options.width === undefined ? {} : { width: options.width }) }));
  }
  if (found.mismatch !== undefined) lines.push('', paint.bad(`warning: ${found.mismatch}`));
  if (found.nondeterminism !== undefined) lines.push('', paint.bad(`warning: ${found.nondeterminism}`));
  lines.push('');
  lines.push(`replay: ${options.replayCommand(encodeSchedule(outcome.schedule))}`);
  return lines.join('\n');
}
