import type { Rng } from './rng';

/** What a scenario reports when a schedule produced a wrong result. */
export interface Failure {
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** What a kata's scenario can do while a schedule runs. */
export interface ScenarioContext {
  /** Adds a task (a "thread" of the kata). Tasks start in an order the explorer chooses. */
  spawn(name: string, body: () => unknown): void;
  /** Records output as the calling task produced it (shown in the failure picture). */
  output(text: string): void;
  /** Adds a remark to the failure picture, attributed to the calling task. */
  note(text: string): void;
  /** Ends the schedule at once as a failure: for rules that must hold at every step. */
  fail(failure: Failure): void;
  /** Name of the calling task, if a task is calling. */
  taskName(): string | undefined;
  /** The virtual time in ms. */
  now(): number;
  /** An activity that takes `ms` virtual milliseconds (eating, crossing, fetching), and may be preempted. */
  activity(label: string, ms: number): Promise<void>;
}

/** One schedule's worth of a kata: built fresh for every schedule. */
export interface Scenario {
  /** Called when every task finished. Returns undefined when the result is right. */
  check(): Failure | undefined;
  /** A number summarising this schedule, for the kata's `across` check (e.g. most philosophers eating at once). */
  observe?(): number;
}

/** An input to explore: exhaustively (every interleaving) on small sizes, by sampling on larger ones. */
export interface KataCase<Params> {
  readonly label: string;
  readonly params: Params;
  readonly exhaustive?: boolean;
  /**
   * Exhaustive cases only: explore every interleaving with at most this many preemptions (switching away
   * from a task that could go on). Most ordering bugs need one or two; the bound keeps big cases finite.
   */
  readonly preemptionBound?: number;
  /** Sampled schedules for this case (default: the explorer's `schedules` option). */
  readonly schedules?: number;
}

/** Raised by `load` when the learner's module does not export the kata's contract. */
export class ContractError extends Error {
  override name = 'ContractError';
}

/**
 * A kata's stress test, written once and run against stubs, reference solutions and mutants alike.
 * `Impl` is whatever `load` extracts from the module under test (usually its class).
 */
export interface KataSpec<Impl, Params> {
  readonly slug: string;
  /** Checks the module exports the contract; throws `ContractError` with one clear sentence if not. */
  load(exports: Record<string, unknown>): Impl;
  /** The inputs to explore; `rng` is seeded so that a seed always gives the same cases. */
  cases(rng: Rng): KataCase<Params>[];
  scenario(impl: Impl, params: Params, ctx: ScenarioContext): Scenario;
  /** A property of all schedules of a case together, e.g. "some schedule lets two philosophers eat at once". */
  readonly across?: (observations: readonly number[], params: Params) => Failure | undefined;
}

/** Helper for `load`: the exported class named `name`, or a ContractError saying what is missing. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the caller's view of the class, checked by `methods`
export function exportedClass<T>(exports: Record<string, unknown>, name: string, methods: readonly string[]): T {
  const value = exports[name];
  if (typeof value !== 'function') {
    const found = Object.keys(exports).filter((key) => key !== '__esModule');
    throw new ContractError(
      `the file must export a class named ${name}` +
        (found.length > 0 ? `, but it exports ${found.join(', ')}` : ', but it exports nothing'),
    );
  }
  const prototype = (value as { prototype?: Record<string, unknown> }).prototype ?? {};
  const missing = methods.filter((method) => typeof prototype[method] !== 'function');
  if (missing.length > 0) {
    throw new ContractError(`class ${name} must have the method${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  return value as T;
}

/** Helper for `load`: the exported function named `name`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the caller's view of the function
export function exportedFunction<T>(exports: Record<string, unknown>, name: string): T {
  const value = exports[name];
  if (typeof value !== 'function') {
    throw new ContractError(`the file must export a function named ${name}`);
  }
  return value as T;
}

/** The first failure among `checks`, run in order (later checks do not run once one fails); undefined if none. */
export function firstFailure(checks: ReadonlyArray<() => Failure | undefined>): Failure | undefined {
  for (const check of checks) {
    const failure = check();
    if (failure !== undefined) return failure;
  }
  return undefined;
}
