import type { TraceEvent } from '../../explorer/trace';

/** Where a task stands after a step, as the page shows it. */
export type TaskStatus = 'running' | 'ready' | 'blocked' | 'done' | 'threw';

/**
 * One row of the page: a trace event with what the page needs to draw it, computed once, here, so that the
 * report and a page that grows step by step (playing the scheduler) draw rows alike.
 */
export interface Step {
  /** 1-based position in the whole trace (the first rows of a long trace may be left out). */
  readonly number: number;
  readonly kind: TraceEvent['kind'];
  /** The task whose column the step goes in; undefined for a full-width row (time passing, a timer's output). */
  readonly task: number | undefined;
  readonly icon: string;
  /** What happened, in words, without the location. */
  readonly text: string;
  /** `file.ts:19`: where in the code under test the step stands. */
  readonly where?: string;
  /** A wake-up: who woke the task (undefined: a timer). */
  readonly by?: number;
  readonly output?: string;
  /** The status of `task` after this step; undefined when the step does not change it. */
  readonly status?: TaskStatus;
}

const icons: Readonly<Record<TraceEvent['kind'], string>> = {
  resume: '▶',
  block: '‖',
  wake: '↑',
  output: '✎',
  note: '•',
  done: '✓',
  throw: '✗',
  time: '◷',
};

/** The name of task `id`, or of whatever woke a task without being one (a timer). */
export function taskName(names: readonly string[], id: number | undefined): string {
  return id === undefined ? 'a timer' : (names[id] ?? `task ${id}`);
}

/** The trace as rows, one per event, in order. */
export function stepsOf(trace: readonly TraceEvent[], names: readonly string[]): Step[] {
  const woken = new Set<number>();
  return trace.map((event, index): Step => {
    const base = { number: index + 1, kind: event.kind, icon: icons[event.kind] };
    switch (event.kind) {
      case 'resume': {
        // A task resumed after a wake-up continues where it blocked; otherwise it passes the point it names.
        const text = event.at === 'starts' || event.at === 'start' ? 'starts' : woken.has(event.task) ? 'continues' : event.at;
        woken.delete(event.task);
        return { ...base, task: event.task, text, ...(event.where === undefined ? {} : { where: event.where }), status: 'running' };
      }
      case 'block':
        return { ...base, task: event.task, text: `waits: ${event.reason}`, ...(event.where === undefined ? {} : { where: event.where }), status: 'blocked' };
      case 'wake':
        woken.add(event.task);
        return {
          ...base,
          icon: event.failed ? '↯' : base.icon,
          task: event.task,
          text: `${event.failed ? 'woken with a failure' : 'woken'} by ${taskName(names, event.by)}`,
          ...(event.by === undefined ? {} : { by: event.by }),
          status: 'ready',
        };
      case 'output':
        return { ...base, task: event.task, text: `prints ${JSON.stringify(event.text)}`, output: event.text };
      case 'note':
        return { ...base, task: event.task, text: event.text };
      case 'done':
        return { ...base, task: event.task, text: 'done', status: 'done' };
      case 'throw':
        return { ...base, task: event.task, text: `threw ${event.message}`, status: 'threw' };
      case 'time':
        return { ...base, task: undefined, text: `the clock moves to t=${event.time}ms` };
    }
  });
}

/** The line number in `file.ts:19`, or undefined. */
export function lineOf(where: string | undefined): number | undefined {
  const match = where === undefined ? null : /:(\d+)$/.exec(where);
  return match === null ? undefined : Number(match[1]);
}
