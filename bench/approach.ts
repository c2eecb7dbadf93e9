import type { KataCase } from '../src/explorer/spec';
import type { AnySpec } from './load';

/** A failing schedule an approach found. */
export interface Caught {
  /** Schedules run before and including the failing one, over all cases so far (1 = the first). */
  readonly after: number;
  readonly caseLabel: string;
  /** 0-based index of the failing case in the kata's case list. */
  readonly caseIndex: number;
  /** Schedules of the failing case run until the failure (its position in that case). */
  readonly inCase: number;
  /** What failed: "violation: ...", "deadlock: ...", "across: ..." */
  readonly how: string;
}

export interface Measurement {
  readonly schedules: number;
  /** Kit scheduling calls (point, park, sleep) over those schedules. */
  readonly steps: number;
  readonly elapsedMs: number;
  /** The first failing schedule, if any. */
  readonly caught?: Caught;
  /** Failing schedules in all (only more than 1 when the run does not stop at the first). */
  readonly failures: number;
  /** The time budget ended the run before its schedules were done. */
  readonly cut: boolean;
}

export interface RunOptions {
  readonly seed: number;
  /** Real time the run may take; the current schedule is finished, no further one starts. */
  readonly budgetMs: number;
  /** Stop at the first failing schedule (bug finding) or count failures and go on (speed, false alarms). */
  readonly stopAtFailure: boolean;
}

/** One way to run a kata's cases against an implementation: the explorer, fast-check, jitter. */
export interface Approach {
  readonly name: string;
  /** Runs `cases` in order, each with its planned schedules (exhaustive ones as the approach can). */
  run(spec: AnySpec, impl: unknown, cases: ReadonlyArray<KataCase<unknown>>, options: RunOptions): Promise<Measurement>;
}

/** The same spec with a fixed list of cases. */
export function withCases(spec: AnySpec, cases: ReadonlyArray<KataCase<unknown>>): AnySpec {
  return { ...spec, cases: () => [...cases] };
}
