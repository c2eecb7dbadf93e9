import type { FreshImpl } from './fresh-impl';
import { ExhaustiveSearch } from './dfs';
import { IdleProbe } from './idle-probe';
import { failed, type Outcome, RejectionWatch, runSchedule } from './outcome';
import { Rng } from './rng';
import { delaysArray, type Schedule } from './schedule';
import { shrink } from './shrink';
import type { Failure, KataCase, KataSpec } from './spec';
import { PctStrategy, RandomStrategy, ReplayStrategy, type Strategy } from './strategy';
import type { RunHooks } from './run';
import { installTimeSources, uninstallTimeSources } from './time-sources';

export interface ExploreOptions {
  readonly seed: number;
  /** Sampled schedules per case that is not explored exhaustively, unless the case sets its own count. */
  readonly schedules: number;
  /** Sampled schedules for every sampled case, overriding the counts the cases set (`--schedules`). */
  readonly forceSchedules?: number;
  /** Stop sampling after this much real time; exhaustive cases are finished or reported incomplete. */
  readonly timeBudgetMs: number;
  /** Decisions plus timer firings per schedule before it counts as a livelock. */
  readonly maxSteps: number;
  /** Interleavings per exhaustive case before the search gives up and says so. */
  readonly exhaustiveLimit: number;
  /** Replays allowed to shrink a failing schedule. */
  readonly shrinkBudget: number;
  /** Replay this schedule instead of exploring. */
  readonly replay?: Schedule;
  readonly onProgress?: (done: number, total: number) => void;
  /** Called before each schedule's tasks run, with the case and the task names (the watchdog names a hung task). */
  readonly onCase?: (label: string, taskNames: readonly string[]) => void;
  /** Per-run callbacks (the sandbox's heartbeat). */
  readonly hooks?: RunHooks;
  /** The real-time clock the budget is counted on, in ms (default `performance.now`; tests pass their own). */
  readonly budgetClock?: () => number;
}

export const defaultExploreOptions: ExploreOptions = {
  seed: 1,
  schedules: 300,
  timeBudgetMs: 1500,
  maxSteps: 50_000,
  exhaustiveLimit: 20_000,
  shrinkBudget: 300,
};

export interface CaseSummary {
  readonly label: string;
  readonly mode: 'exhaustive' | 'sampled' | 'replay';
  readonly schedules: number;
  /** Exhaustive cases: true when every interleaving was explored. */
  readonly complete: boolean;
  /** Why the case was judged differently than planned (nondeterministic code). */
  readonly note?: string;
}

/** A failing schedule, shrunk and replayed with a trace; plain data so it can cross a worker boundary. */
export interface FoundFailure {
  readonly caseLabel: string;
  readonly outcome: Outcome;
  /** How many schedules ran before this one failed (1 = the first). */
  readonly foundAfter: number;
  readonly strategy: string;
  readonly preemptionsBeforeShrinking: number;
  readonly shrinkTries: number;
  /** Set when replaying the same schedule twice gave different runs. */
  readonly nondeterminism?: string;
  /** Set when a replayed schedule no longer matches the code it was recorded on. */
  readonly mismatch?: string;
}

export interface ExploreResult {
  readonly cases: readonly CaseSummary[];
  readonly schedules: number;
  readonly elapsedMs: number;
  readonly failure?: FoundFailure;
  /** A failure of the `across` check (a property of all schedules together). */
  readonly acrossFailure?: {
    readonly caseLabel: string;
    readonly failure: Failure;
    /** The schedule that came closest (highest observation), replayed with a trace, to show what happened. */
    readonly example?: Outcome;
  };
  readonly outOfTime: boolean;
}

const START_DELAYS = [1, 3, 10, 30, 100, 300, 1000];

const REPLAY_DIFFERED =
  'the same schedule ran differently when replayed: the code depends on something the explorer does not control (real I/O, crypto randomness, state kept outside the file)';

const NONDETERMINISM =
  'the code ran differently on the same schedule (real I/O, crypto randomness?), so no exhaustive proof: sampled instead';

/** Picks the strategy of the n-th sampled schedule: a portfolio rotated per schedule. */
function portfolio(rng: Rng, n: number, tasks: number, expectedSteps: number): Strategy {
  switch (n % 4) {
    case 0:
      return new RandomStrategy(rng);
    default:
      return new PctStrategy(rng, tasks, n % 4, expectedSteps);
  }
}

/** A strategy that follows `schedule`'s switches (leniently: ignoring impossible ones, for shrinking). */
function replaying(schedule: Schedule, lenient = false): ReplayStrategy {
  return new ReplayStrategy(new Map(schedule.switches.map(([decision, task]) => [decision, task])), lenient);
}

/** Half the sampled schedules start some tasks late, which exposes "synchronizing" by sleeping. */
function startDelays(rng: Rng, tasks: number): number[] | undefined {
  if (rng.chance(0.5)) return undefined;
  return Array.from({ length: tasks }, () => (rng.chance(0.5) ? rng.pick(START_DELAYS) : 0));
}

const SHARE_RAN_OUT = 'its share of the time budget ran out';

/** What is known when an exhaustive case starts under a time budget. */
export interface ShareInputs {
  /** Real time left of the budget. */
  readonly remainingMs: number;
  /** Exhaustive cases after this one. */
  readonly exhaustiveAfter: number;
  /** Schedules the sampled cases after this one will ask for. */
  readonly sampledAfter: number;
  /** Real time one schedule took so far, if any ran. */
  readonly msPerSchedule: number | undefined;
}

/**
 * The real time an exhaustive search may take. The sampled cases after it keep what they are expected to
 * need (at most half of what is left; half when no schedule ran yet to estimate from), and the rest is
 * split evenly among this and the later exhaustive cases. So a huge search cannot starve the cases after
 * it, and time that quick cases did not use goes to the searches instead of being lost (a fixed equal
 * share per case cut complete proofs short while sampled cases used a fraction of theirs).
 */
export function exhaustiveShare(inputs: ShareInputs): number {
  const { remainingMs, exhaustiveAfter, sampledAfter, msPerSchedule } = inputs;
  if (remainingMs === Number.POSITIVE_INFINITY) return remainingMs; // no budget (the test suites)
  const half = remainingMs / 2;
  const reserve = sampledAfter === 0 ? 0 : msPerSchedule === undefined ? half : Math.min(half, sampledAfter * msPerSchedule);
  return (remainingMs - reserve) / (1 + exhaustiveAfter);
}

/** Explores the kata's cases under `impl` until a failure, the end of the budget, or the end of the cases. */
export async function explore<Impl, Params>(
  spec: KataSpec<Impl, Params>,
  impl: Impl | FreshImpl<Impl>,
  options: ExploreOptions,
): Promise<ExploreResult> {
  const now = options.budgetClock ?? ((): number => performance.now());
  const started = now();
  const outOfTime = (): boolean => now() - started > options.timeBudgetMs;
  const rng = new Rng(options.seed);
  const cases = spec.cases(rng.fork(0));
  const summaries: CaseSummary[] = [];
  let total = 0;
  const sampledCount = (c: KataCase<Params>): number => options.forceSchedules ?? c.schedules ?? options.schedules;
  // Progress counts schedules. An exhaustive search's size is unknown until it ends, so the total grows
  // with it: done never exceeds the total, and the total is exact once the searches are done.
  let planned = cases.reduce((sum, c) => sum + (c.exhaustive === true ? 0 : sampledCount(c)), 0);

  const rejections = new RejectionWatch();
  const probe = new IdleProbe(); // the schedules run one after another: one probe serves them all
  let namedCase: string | undefined;
  const runOnce = (kataCase: KataCase<Params>, index: number, strategy: Strategy, delays?: readonly number[], traced = false): Promise<Outcome> =>
    runSchedule(
      spec,
      impl,
      kataCase,
      index,
      {
        strategy,
        maxSteps: options.maxSteps,
        traced,
        ...(delays === undefined ? {} : { startDelays: delays }),
        ...(options.hooks === undefined ? {} : { hooks: options.hooks }),
        probe,
        onTasks: (names) => {
          // Once per case, before its first schedule runs: a task that hangs the very first schedule is named.
          if (namedCase === kataCase.label) return;
          namedCase = kataCase.label;
          options.onCase?.(kataCase.label, names);
        },
      },
      rejections,
    );

  const conclude = async (kataCase: KataCase<Params>, index: number, outcome: Outcome, strategy: string): Promise<FoundFailure> => {
    const replay = (schedule: Schedule): Promise<Outcome> =>
      runOnce(kataCase, index, replaying(schedule, true), delaysArray(schedule));
    const shrunk = await shrink(outcome, replay, options.shrinkBudget);
    const schedule = shrunk.outcome.schedule;
    const strict = replaying(schedule);
    const traced = await runOnce(kataCase, index, strict, delaysArray(schedule), true);
    const again = await runOnce(kataCase, index, replaying(schedule), delaysArray(schedule), true);
    const nondeterminism =
      again.schedule.hash !== traced.schedule.hash || failed(again) !== failed(traced) ? REPLAY_DIFFERED : undefined;
    return {
      caseLabel: kataCase.label,
      outcome: failed(traced) ? traced : shrunk.outcome,
      foundAfter: total,
      strategy,
      preemptionsBeforeShrinking: outcome.preemptions,
      shrinkTries: shrunk.tries,
      ...(nondeterminism === undefined ? {} : { nondeterminism }),
    };
  };

  /** Exhaustive searches cut at their share, to go on once every case ran, if time is left. */
  const cut: Array<{ kataCase: KataCase<Params>; index: number; search: ExhaustiveSearch; ran: number; summary: number; tasks: TaskCount }> = [];

  /**
   * Runs an exhaustive search on from `ranBefore` schedules until it is complete, fails, reaches the limit or
   * the real-time `deadline`. A failure is concluded (shrunk and replayed) here.
   */
  const searchFor = async (
    kataCase: KataCase<Params>,
    index: number,
    search: ExhaustiveSearch,
    ranBefore: number,
    deadline: number,
    observe: (outcome: Outcome) => void,
  ): Promise<{ ran: number; complete: boolean; nondeterministic: boolean; cutShort?: string; failure?: FoundFailure }> => {
    let ran = ranBefore;
    for (;;) {
      const outcome = await runOnce(kataCase, index, search.strategy());
      ran += 1;
      total += 1;
      // the same prefix ran differently: no proof possible, so the case is sampled instead
      if (outcome.end.kind === 'mismatch') return { ran, complete: false, nondeterministic: true };
      if (failed(outcome)) {
        const summary: CaseSummary = { label: kataCase.label, mode: 'exhaustive', schedules: ran, complete: false };
        const resumed = cut.find((paused) => paused.search === search);
        if (resumed === undefined) summaries.push(summary);
        else summaries[resumed.summary] = summary;
        return { ran, complete: false, nondeterministic: false, failure: await conclude(kataCase, index, outcome, 'exhaustive') };
      }
      observe(outcome);
      if (!search.advance()) return { ran, complete: true, nondeterministic: false };
      if (ran % 64 === 0) options.onProgress?.(total, planned + ran - ranBefore); // `planned` counts ranBefore
      if (ran >= options.exhaustiveLimit) {
        return { ran, complete: false, nondeterministic: false, cutShort: `it reached the limit of ${options.exhaustiveLimit} schedules for one exhaustive case` };
      }
      if (outOfTime() || now() > deadline) return { ran, complete: false, nondeterministic: false, cutShort: SHARE_RAN_OUT };
    }
  };

  /** Samples a case's schedules (its count, or until time is up), stopping at the first failure, concluded. */
  const sampleCase = async (
    kataCase: KataCase<Params>,
    index: number,
    tasks: TaskCount,
    observe: (outcome: Outcome) => void,
  ): Promise<{ ran: number; failure?: FoundFailure }> => {
    const caseRng = rng.fork(index + 1);
    let expectedSteps = Math.max(tasks.steps, 8);
    const wanted = sampledCount(kataCase);
    let ran = 0;
    for (; ran < wanted && !outOfTime(); ran++) {
      const strategy = portfolio(caseRng, ran, tasks.names.length, expectedSteps);
      const delays = startDelays(caseRng, tasks.names.length);
      const outcome = await runOnce(kataCase, index, strategy, delays);
      total += 1;
      if (failed(outcome)) return { ran: ran + 1, failure: await conclude(kataCase, index, outcome, strategy.name) };
      expectedSteps = Math.max(expectedSteps, outcome.choices.length);
      observe(outcome);
      if (ran % 16 === 0) options.onProgress?.(total, planned);
    }
    return { ran };
  };

  installTimeSources();
  rejections.start();
  try {
    if (options.replay !== undefined) return await replayOnly(spec, cases, options.replay, runOnce, started);
    for (const [index, kataCase] of cases.entries()) {
      const tasks = await countTasks(runOnce, kataCase, index);
      const observations: number[] = [];
      let closest: Outcome | undefined; // the schedule with the highest observation, for an `across` failure
      const observe = (outcome: Outcome): void => {
        if (outcome.observation === undefined) return;
        observations.push(outcome.observation);
        if (closest?.observation === undefined || outcome.observation > closest.observation) closest = outcome;
      };
      let sample = kataCase.exhaustive !== true;
      if (!sample) {
        const search = new ExhaustiveSearch(kataCase.preemptionBound);
        // With a time budget, one huge search (a polling solution) may use only its share, so that the
        // cases after it still run; without one (the test suites), only exhaustiveLimit bounds it.
        const caseStarted = now();
        const later = cases.slice(index + 1);
        const share = exhaustiveShare({
          remainingMs: options.timeBudgetMs - (caseStarted - started),
          exhaustiveAfter: later.filter((c) => c.exhaustive === true).length,
          sampledAfter: later.reduce((sum, c) => sum + (c.exhaustive === true ? 0 : sampledCount(c)), 0),
          msPerSchedule: total === 0 ? undefined : (caseStarted - started) / total,
        });
        const searched = await searchFor(kataCase, index, search, 0, caseStarted + share, observe);
        if (searched.failure !== undefined) return finish(searched.failure);
        const { ran, complete, nondeterministic, cutShort } = searched;
        // A search cut at its share goes on at the end if time is left (not where observations across
        // schedules are judged: those were judged with the case).
        if (cutShort === SHARE_RAN_OUT && spec.across === undefined) cut.push({ kataCase, index, search, ran, summary: summaries.length, tasks });
        planned += ran;
        if (nondeterministic) planned += sampledCount(kataCase);
        options.onProgress?.(total, planned);
        const note = nondeterministic ? NONDETERMINISM : cutShort;
        summaries.push({
          label: kataCase.label,
          mode: 'exhaustive',
          schedules: ran,
          complete,
          ...(note === undefined ? {} : { note }),
        });
        sample = nondeterministic;
      }
      if (sample) {
        const sampled = await sampleCase(kataCase, index, tasks, observe);
        summaries.push({ label: kataCase.label, mode: 'sampled', schedules: sampled.ran, complete: false });
        if (sampled.failure !== undefined) return finish(sampled.failure);
        if (sampled.ran < sampledCount(kataCase)) return finish(undefined, undefined, true);
      }
      const acrossFailure = spec.across?.(observations, kataCase.params);
      if (acrossFailure !== undefined) {
        const example =
          closest === undefined
            ? undefined
            : await runOnce(kataCase, index, replaying(closest.schedule), delaysArray(closest.schedule), true);
        return finish(undefined, { caseLabel: kataCase.label, failure: acrossFailure, ...(example === undefined ? {} : { example }) });
      }
      // Out of time with cases left: they were not explored. (A last case cut at its share was explored.)
      if (index < cases.length - 1 && outOfTime()) return finish(undefined, undefined, true);
    }
    for (const paused of cut) {
      if (outOfTime()) break;
      const searched = await searchFor(paused.kataCase, paused.index, paused.search, paused.ran, started + options.timeBudgetMs, () => undefined);
      if (searched.failure !== undefined) return finish(searched.failure);
      planned += searched.ran - paused.ran;
      options.onProgress?.(total, planned);
      const { label } = paused.kataCase;
      const note = searched.nondeterministic ? NONDETERMINISM : searched.cutShort;
      summaries[paused.summary] = { label, mode: 'exhaustive', schedules: searched.ran, complete: searched.complete, ...(note === undefined ? {} : { note }) };
      if (searched.nondeterministic) {
        // No proof possible after all: sampled instead, as a search found nondeterministic at its start is.
        planned += sampledCount(paused.kataCase);
        const sampled = await sampleCase(paused.kataCase, paused.index, paused.tasks, () => undefined);
        summaries.push({ label, mode: 'sampled', schedules: sampled.ran, complete: false });
        if (sampled.failure !== undefined) return finish(sampled.failure);
        if (sampled.ran < sampledCount(paused.kataCase)) return finish(undefined, undefined, true);
      }
    }
    return finish();
  } finally {
    rejections.stop();
    uninstallTimeSources();
  }

  function finish(failure?: FoundFailure, acrossFailure?: ExploreResult['acrossFailure'], timeUp = false): ExploreResult {
    return {
      cases: summaries,
      schedules: total,
      elapsedMs: now() - started,
      ...(failure === undefined ? {} : { failure }),
      ...(acrossFailure === undefined ? {} : { acrossFailure }),
      outOfTime: timeUp,
    };
  }
}

type RunOnce<Params> = (kataCase: KataCase<Params>, index: number, strategy: Strategy, delays?: readonly number[], traced?: boolean) => Promise<Outcome>;

/** A case's tasks, by name, and the steps its first schedule took. */
interface TaskCount {
  readonly names: readonly string[];
  readonly steps: number;
}

/** One default schedule, to learn the task names and roughly how many steps a schedule takes. */
async function countTasks<Params>(runOnce: RunOnce<Params>, kataCase: KataCase<Params>, index: number): Promise<TaskCount> {
  const outcome = await runOnce(kataCase, index, new ReplayStrategy(new Map()));
  return { names: outcome.taskNames, steps: outcome.choices.length };
}

async function replayOnly<Impl, Params>(
  spec: KataSpec<Impl, Params>,
  cases: readonly KataCase<Params>[],
  schedule: Schedule,
  runOnce: RunOnce<Params>,
  started: number,
): Promise<ExploreResult> {
  const kataCase = cases[schedule.caseIndex];
  if (kataCase === undefined) {
    throw new RangeError(`the schedule names case ${schedule.caseIndex}, but ${spec.slug} has cases 0 to ${cases.length - 1} for this seed`);
  }
  const outcome = await runOnce(kataCase, schedule.caseIndex, replaying(schedule), delaysArray(schedule), true);
  const again = await runOnce(kataCase, schedule.caseIndex, replaying(schedule), delaysArray(schedule), true);
  const unused = schedule.switches.filter(([decision]) => decision >= outcome.choices.length);
  const mismatch =
    outcome.end.kind === 'mismatch'
      ? outcome.end.message
      : schedule.hash !== undefined && schedule.hash !== outcome.schedule.hash
        ? 'the code changed since this schedule was recorded, so this replay is not the exact run that failed then'
        : unused.length > 0
          ? `the run ended after ${outcome.choices.length} decisions, before the schedule's switch at decision ${unused[0]?.[0] ?? ''}: it does not match this code`
          : undefined;
  const nondeterminism = again.schedule.hash !== outcome.schedule.hash ? REPLAY_DIFFERED : undefined;
  const summary: CaseSummary = { label: kataCase.label, mode: 'replay', schedules: 1, complete: false };
  const base = { cases: [summary], schedules: 2, elapsedMs: performance.now() - started, outOfTime: false };
  if (!failed(outcome) && mismatch === undefined) return base;
  return {
    ...base,
    failure: {
      caseLabel: kataCase.label,
      outcome,
      foundAfter: 1,
      strategy: 'replay',
      preemptionsBeforeShrinking: outcome.preemptions,
      shrinkTries: 0,
      ...(mismatch === undefined ? {} : { mismatch }),
      ...(nondeterminism === undefined ? {} : { nondeterminism }),
    },
  };
}
