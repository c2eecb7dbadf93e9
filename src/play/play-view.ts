import { type LaneContext, laneRow, verdictRow } from '../report/html/lane';
import { stepsOf } from '../report/html/steps';
import type { PlayDecision, PlayState } from './play-state';
import { taskWaits } from './task-waits';

/** What the page receives after each request: rows to show and the state beside them. Plain JSON. */
export interface PlayView {
  readonly choices: readonly number[];
  readonly optionCounts: readonly number[];
  /** The lane's rows as HTML (laneRow, plus the verdict row once the run failed). */
  readonly rows: string;
  readonly rowCount: number;
  readonly waits: readonly string[];
  readonly decision?: PlayDecision;
  readonly end?: { readonly failed: boolean; readonly headline: string; readonly details: readonly string[]; readonly replay: string };
}

/**
 * Turns a play state into what the page shows. `replayCommand` makes the replay line for a schedule (the
 * CLI's: `npm run kata -- <slug> --impl <file> --seed 1 --replay '<schedule>'`).
 */
export function playView(state: PlayState, sources: LaneContext['sources'], replayCommand: (schedule: string) => string): PlayView {
  const context: LaneContext = { names: state.taskNames, ...(sources === undefined ? {} : { sources }) };
  const steps = stepsOf(state.trace, state.taskNames);
  const rows = steps.map((step) => laneRow(step, context));
  if (state.end?.failed === true) rows.push(verdictRow(steps.length + 1, state.end.headline, state.end.details, context));
  return {
    choices: state.choices,
    optionCounts: state.optionCounts,
    rows: rows.join('\n'),
    rowCount: rows.length,
    waits: taskWaits(state),
    ...(state.decision === undefined ? {} : { decision: state.decision }),
    ...(state.end === undefined
      ? {}
      : { end: { failed: state.end.failed, headline: state.end.headline, details: state.end.details, replay: replayCommand(state.end.schedule) } }),
  };
}

/** The choices to send for undo: back to before the last decision that had a real choice (forced ones follow it). */
export function undoChoices(choices: readonly number[], optionCounts: readonly number[]): number[] {
  for (let index = Math.min(choices.length, optionCounts.length) - 1; index >= 0; index--) {
    if ((optionCounts[index] ?? 1) > 1) return choices.slice(0, index);
  }
  return [];
}
