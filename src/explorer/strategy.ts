import type { Rng } from './rng';

/**
 * What a strategy is asked at one point of a schedule. Four kinds, typed apart so that no strategy mistakes
 * one for another (a flow index is not a task id):
 * - `task`: which runnable task resumes next;
 * - `flow`: which of the chosen task's woken flows resumes (a task is one async function, but `Promise.all`,
 *   a timeout racing an acquire or a detached chain give it several flows);
 * - `time`: the environment's choice of timing: 0 = on time, 1 = late (a task that has not started yet, or an
 *   activity of the kata such as eating or fetching, outlasts every timer the code under test has pending),
 *   2 = held back (offered once per schedule, `hold`): it outlasts every timer the code sets meanwhile too, up
 *   to a horizon, so a deadline kept by polling the clock (give up after 2 s) passes before the slow side
 *   arrives;
 * - `collect`: whether the garbage collector runs here (0 = no, 1 = yes), asked only of code that holds weak
 *   references, where a collection would show (weak-references.ts).
 */
export type Decision =
  | {
      readonly kind: 'task';
      /** Ids of the tasks that can run, ascending. Never empty. */
      readonly runnable: readonly number[];
      /** The task that ran last, if any. */
      readonly last: number | undefined;
      /** 0-based number of this decision in the schedule. */
      readonly index: number;
    }
  | { readonly kind: 'flow'; readonly task: number; readonly flows: number; readonly index: number }
  | { readonly kind: 'time'; readonly index: number; readonly hold: boolean }
  | { readonly kind: 'collect'; readonly index: number };

export type TaskDecision = Extract<Decision, { kind: 'task' }>;

/** The options of a decision, the default one first. */
export function optionsOf(decision: Decision): number[] {
  switch (decision.kind) {
    case 'task': {
      const first = defaultChoice(decision);
      return [first, ...decision.runnable.filter((id) => id !== first)];
    }
    case 'flow':
      return Array.from({ length: decision.flows }, (_, i) => i);
    case 'time':
      return decision.hold ? [0, 1, 2] : [0, 1];
    case 'collect':
      return [0, 1];
  }
}

/** Whether `choice` is one of the decision's options. */
export function isOption(decision: Decision, choice: number): boolean {
  switch (decision.kind) {
    case 'task':
      return decision.runnable.includes(choice);
    case 'flow':
      return Number.isInteger(choice) && choice >= 0 && choice < decision.flows;
    case 'time':
      return choice === 0 || choice === 1 || (choice === 2 && decision.hold);
    case 'collect':
      return choice === 0 || choice === 1;
  }
}

/** Picks one option at every decision. Strategies are the only source of scheduling nondeterminism. */
export interface Strategy {
  readonly name: string;
  choose(decision: Decision): number;
}

/**
 * The choice that costs nothing: keep running the last task while it can, else the lowest id; the flow woken
 * first (what the event loop would do); timing as nominal. Replays, shrinking and exhaustive search all measure
 * schedules as deviations from this choice.
 */
export function defaultChoice(decision: Decision): number {
  if (decision.kind !== 'task') return 0;
  const { runnable, last } = decision;
  return last !== undefined && runnable.includes(last) ? last : (runnable[0] as number);
}

/** A switch away from a task that could have gone on. Only task decisions preempt. */
export function isPreemption(decision: Decision, chosen: number): boolean {
  return (
    decision.kind === 'task' &&
    decision.last !== undefined &&
    chosen !== decision.last &&
    decision.runnable.includes(decision.last)
  );
}

/** Uniform choice among the options at every decision. */
export class RandomStrategy implements Strategy {
  readonly name = 'random';
  constructor(private readonly rng: Rng) {}

  choose(decision: Decision): number {
    return this.rng.pick(optionsOf(decision));
  }
}

/**
 * Probabilistic Concurrency Testing (Burckhardt et al., ASPLOS 2010): tasks get random distinct priorities
 * and the highest-priority runnable task always runs; at d-1 random task decisions the running task drops
 * below all others. Finds any bug of depth d with probability at least 1/(n * k^(d-1)) for n tasks and k
 * steps. Flow and time decisions are not part of PCT's model: they are drawn uniformly.
 */
export class PctStrategy implements Strategy {
  readonly name: string;
  private readonly priority: number[];
  private readonly changeAt: Map<number, number>;
  private taskDecisions = 0;

  constructor(
    private readonly rng: Rng,
    taskCount: number,
    depth: number,
    expectedSteps: number,
  ) {
    this.name = `pct-${depth}`;
    // Priorities depth .. depth+n-1 for tasks; change points lower a task to 1 .. depth-1.
    this.priority = rng.shuffle(Array.from({ length: taskCount }, (_, i) => depth + i));
    this.changeAt = new Map();
    const steps = Math.max(expectedSteps, depth);
    while (this.changeAt.size < depth - 1 && this.changeAt.size < steps) {
      const at = rng.int(0, steps - 1);
      if (!this.changeAt.has(at)) this.changeAt.set(at, depth - 1 - this.changeAt.size);
    }
  }

  choose(decision: Decision): number {
    if (decision.kind !== 'task') return this.rng.pick(optionsOf(decision));
    let top = this.highest(decision.runnable);
    const lowered = this.changeAt.get(this.taskDecisions++);
    if (lowered !== undefined) {
      this.priority[top] = lowered;
      top = this.highest(decision.runnable);
    }
    return top;
  }

  private highest(runnable: readonly number[]): number {
    let best = runnable[0] as number;
    for (const id of runnable) if ((this.priority[id] ?? 0) > (this.priority[best] ?? 0)) best = id;
    return best;
  }
}

/** Raised when a recorded schedule asks for an option that does not exist: the code no longer matches it. */
export class ScheduleMismatch extends Error {
  override name = 'ScheduleMismatch';
}

/**
 * Follows recorded switches (decision index -> choice) and makes the default choice everywhere else.
 * Strict replay reports a switch to an option that does not exist; lenient replay (for shrinking) ignores it.
 */
export class ReplayStrategy implements Strategy {
  readonly name = 'replay';
  constructor(
    private readonly switches: ReadonlyMap<number, number>,
    private readonly lenient = false,
  ) {}

  choose(decision: Decision): number {
    const wanted = this.switches.get(decision.index);
    if (wanted === undefined) return defaultChoice(decision);
    if (!isOption(decision, wanted)) {
      if (this.lenient) return defaultChoice(decision);
      throw new ScheduleMismatch(
        `decision ${decision.index} wants ${describeChoice(decision, wanted)}, but ${describeOptions(decision)}`,
      );
    }
    return wanted;
  }
}

function describeChoice(decision: Decision, choice: number): string {
  switch (decision.kind) {
    case 'task':
      return `task ${choice}`;
    case 'flow':
      return `flow ${choice} of task ${decision.task}`;
    case 'time':
      return `timing ${choice}`;
    case 'collect':
      return choice === 1 ? 'a garbage collection' : 'no garbage collection';
  }
}

function describeOptions(decision: Decision): string {
  switch (decision.kind) {
    case 'task':
      return `only ${decision.runnable.join(', ')} can run`;
    case 'flow':
      return `task ${decision.task} has ${decision.flows} woken flows`;
    case 'time':
      return `it is a timing decision (${decision.hold ? '0, 1 or 2' : '0 or 1'})`;
    case 'collect':
      return 'it is a garbage-collection decision (0 or 1)';
  }
}
