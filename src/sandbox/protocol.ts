/** Messages between the sandbox worker and the thread that watches it. Plain data only. */
import type { PlayRequest, PlayState } from '../play/play-state';
import type { FailureData, FailureKind } from '../report/failure-data';

export interface CheckRequest {
  readonly slug: string;
  /** Absolute path of the kata's stress-test spec module. */
  readonly specPath: string;
  /** Absolute path of the file under test (stub, solution, mutant, any file exporting the contract). */
  readonly implPath: string;
  readonly seed: number;
  /** Sampled schedules for every sampled case (overrides the counts the kata's cases set). */
  readonly schedules?: number;
  readonly timeBudgetMs?: number;
  /** An encoded schedule to replay instead of exploring. */
  readonly replay?: string;
  /** Play the scheduler: run one schedule of a case on the learner's choices instead of exploring (src/play). */
  readonly play?: PlayRequest;
}

export interface Summary {
  readonly cases: ReadonlyArray<{ readonly label: string; readonly mode: string; readonly schedules: number; readonly complete: boolean; readonly note?: string }>;
  readonly schedules: number;
  readonly elapsedMs: number;
  readonly outOfTime: boolean;
}

export type Verdict =
  | {
      readonly status: 'pass';
      readonly summary: Summary;
      /** e.g. a replayed schedule that no longer matches the code */
      readonly note?: string;
      /**
       * The answer to a play request (the sandbox let the run finish or pause: nothing to stop): where the run
       * waits for the learner, or how it ended, failures included.
       */
      readonly play?: PlayState;
    }
  /** The file still has unimplemented parts (the shipped stub). */
  | { readonly status: 'pending'; readonly message: string }
  | {
      readonly status: 'fail';
      readonly kind: FailureKind;
      readonly headline: string;
      /** Everything the report shows, as data: the CLI and the jest harness render it. */
      readonly failure: FailureData;
      readonly summary: Summary;
    }
  /** The file could not be judged: it does not compile, load, or export the contract. One sentence. */
  | { readonly status: 'error'; readonly message: string }
  /** The watchdog stopped a task that never yielded. */
  | { readonly status: 'hang'; readonly message: string }
  /**
   * The sandbox stopped the code under test for what it did to the process: it used more memory than the
   * sandbox allows, called process.exit, or replaced a global the explorer needs. The message names it.
   */
  | { readonly status: 'stopped'; readonly cause: 'memory' | 'exit' | 'global'; readonly message: string };

/** What the watching thread sends its sandbox worker: judge this file next (one check at a time). */
export interface CheckMessage {
  readonly type: 'check';
  readonly request: CheckRequest;
  /** Silence the console output of the code under test (see SandboxOptions.quiet). */
  readonly quiet: boolean;
}

export type WorkerMessage =
  | { readonly type: 'case'; readonly label: string; readonly taskNames: readonly string[] }
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  /** `realmChanged`: what the check left changed in the worker's realm (realm-fingerprint.ts), so it is not reused. */
  | { readonly type: 'verdict'; readonly verdict: Verdict; readonly realmChanged?: string }
  /** The file under test loaded and exports the contract; `name` is its class's name (for the watchdog). */
  | { readonly type: 'loaded'; readonly name: string }
  /** The worker's thread id in /proc (Linux), so the watchdog can read the worker's own CPU time. */
  | { readonly type: 'thread'; readonly id: number };
