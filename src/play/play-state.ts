import type { TraceEvent } from '../explorer/trace';

/** A play request, as the sandbox worker takes it (CheckRequest.play): which case, and the choices so far. */
export interface PlayRequest {
  /** The case's index in the kata's cases for the request's seed (as a replay line's `c<n>`). */
  readonly caseIndex: number;
  /** The option taken at each decision so far, in decision order (forced decisions included). */
  readonly choices: readonly number[];
  /**
   * Instead of pausing past the choices, follow this encoded schedule to the end of the run (to measure the
   * explorer's own failure in decisions: the par of a challenge).
   */
  readonly follow?: string;
}

/** One option of the decision the learner is asked: the number the strategy returns, and what it means. */
export interface PlayOption {
  readonly value: number;
  readonly label: string;
}

/** The decision a paused run waits at. */
export interface PlayDecision {
  readonly kind: 'task' | 'flow' | 'time' | 'collect';
  readonly index: number;
  readonly options: readonly PlayOption[];
}

/** How a play run ended, when it did not pause: the verdict's headline and the replay line's schedule. */
export interface PlayEnd {
  readonly failed: boolean;
  readonly kind: string;
  readonly headline: string;
  readonly details: readonly string[];
  /** The encoded schedule of the run (`c0.s0:1.h…`), for `--replay`. */
  readonly schedule: string;
}

/** Where the run stands after the learner's choices: plain data, from the worker to the server and the page. */
export interface PlayState {
  readonly caseIndex: number;
  readonly caseLabel: string;
  readonly taskNames: readonly string[];
  /** Every decision's choice, forced ones included (the prefix to send next, plus one more choice). */
  readonly choices: readonly number[];
  /** Options each of those decisions had: undo goes back to before the last one with more than one. */
  readonly optionCounts: readonly number[];
  readonly trace: readonly TraceEvent[];
  /** Set while the run waits for the learner. */
  readonly decision?: PlayDecision;
  /** Set once the run ended (failed, passed, or no longer fits the code). */
  readonly end?: PlayEnd;
}
