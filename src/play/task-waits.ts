import type { TraceEvent } from '../explorer/trace';
import type { PlayState } from './play-state';

/**
 * What each task is doing at the decision the run paused at, in a few words: it can run next, what it waits
 * for (the reason of its last block, where the trace has one), done or threw. Derived from the trace only, so
 * it says no more than the lane shows. A task whose last step was a resume and that cannot run now waits on an
 * await of its own code (those waits are not traced: they are drawn when something wakes them).
 */
export function taskWaits(state: Pick<PlayState, 'taskNames' | 'trace' | 'decision'>): string[] {
  const last: Array<TraceEvent | undefined> = state.taskNames.map(() => undefined);
  for (const event of state.trace) {
    if (event.kind === 'output' || event.kind === 'note' || event.kind === 'time') continue;
    if (event.task >= 0 && event.task < last.length) last[event.task] = event;
  }
  const canRun = new Set(state.decision?.kind === 'task' ? state.decision.options.map((option) => option.value) : []);
  return last.map((event, task) => {
    if (canRun.has(task)) return event === undefined ? 'can start next' : 'can run next';
    switch (event?.kind) {
      case undefined:
        return 'not started';
      case 'done':
        return 'done';
      case 'throw':
        return `threw ${event.message}`;
      case 'block':
        return `waits for ${event.reason}${event.where === undefined ? '' : ` (${event.where})`}`;
      case 'wake':
        return 'woken, not yet chosen';
      default:
        return state.decision === undefined ? 'stopped' : 'waits for a promise it awaits to settle';
    }
  });
}
