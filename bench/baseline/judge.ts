import { resetDefaultNames } from '../../src/kit/names';
import type { Scenario } from '../../src/explorer/spec';
import type { AnySpec } from '../load';
import { BaselineContext } from './context';
import { type BaselineEnd, type BaselineRun, turn } from './run';

/** The verdict on one baseline schedule. */
export interface BaselineOutcome {
  /** Why the schedule failed ("deadlock: ...", "violation: ..."), or undefined if it passed. */
  readonly failure: string | undefined;
  readonly steps: number;
  readonly observation: number | undefined;
}

let unhandled: unknown[] = [];
let tracking = false;

/**
 * Rejections nobody handled count as a failure of the schedule that made them, as in the explorer. The
 * listener stays for the whole bench: without one, Node would end the process on the first of them.
 */
export function trackUnhandledRejections(): void {
  if (tracking) return;
  tracking = true;
  process.on('unhandledRejection', (reason: unknown) => {
    unhandled.push(reason);
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeEnd(end: BaselineEnd | undefined): string | undefined {
  switch (end?.kind) {
    case undefined:
    case 'completed':
      return undefined;
    case 'violation':
      return `violation: ${end.message}`;
    case 'deadlock':
      return `deadlock: ${end.tasks.join(', ')} never finished`;
    case 'livelock':
      return `livelock: more than ${end.steps} steps`;
    case 'crash':
      return `crash in ${end.task}: ${message(end.error)}`;
  }
}

/**
 * Builds the scenario on a fresh run, lets `drive` run it to its end (or a deadlock), and judges it the way
 * the explorer does: the run's own end first, then the kata's check, then detached rejections.
 */
export async function runBaselineSchedule(
  spec: AnySpec,
  impl: unknown,
  params: unknown,
  run: BaselineRun,
  drive: (run: BaselineRun) => Promise<void>,
): Promise<BaselineOutcome> {
  resetDefaultNames();
  unhandled = [];
  let scenario: Scenario;
  try {
    scenario = spec.scenario(impl, params, new BaselineContext(run));
  } catch (error) {
    return { failure: `crash in the setup: ${message(error)}`, steps: 0, observation: undefined };
  }
  await drive(run);
  await turn(); // Node reports unhandled rejections between macrotasks
  let failure = describeEnd(run.ended);
  if (failure === undefined) {
    const verdict = scenario.check();
    if (verdict !== undefined) failure = `violation: ${verdict.message}`;
  }
  if (failure === undefined && unhandled.length > 0) failure = `crash in a detached promise: ${message(unhandled[0])}`;
  unhandled = [];
  return { failure, steps: run.steps, observation: failure === undefined ? scenario.observe?.() : undefined };
}
