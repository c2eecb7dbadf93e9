import type { BaselineOutcome } from './judge';

/** What a baseline needs to run a series of schedules of one case. */
export interface SeriesOptions {
  /** Schedules to run at most. */
  readonly count: number;
  readonly seed: number;
  /** performance.now() after which no further schedule starts. */
  readonly deadline: number;
  /** Steps per schedule before it counts as a livelock (the explorer's maxSteps). */
  readonly maxSteps: number;
  /** Called after every schedule; true stops the series. */
  readonly onOutcome: (outcome: BaselineOutcome) => boolean;
}
