import type { Rng } from './rng';

/** What a strategy sees when the scheduler must pick the next task to run. */
export interface Decision {
  /** Ids of the tasks that can run, ascending. Never empty. */
  readonly runnable: readonly number[];
  /** The task that ran last, if any. */
  readonly last: number | undefined;
  /** 0-based number of this decision in the schedule. */
  readonly index: number;
}

/** Picks which runnable task resumes next. Strategies are the only source of scheduling nondeterminism. */
export interface Strategy {
  readonly name: string;
  choose(decision: Decision): number;
}

/**
 * The choice that costs no preemption: keep running the last task while it can, else the lowest id.
 * Replays, shrinking and exhaustive search all measure schedules as deviations from this choice.
 */
export function defaultChoice(decision: Decision): number {
  const { runnable, last } = decision;
  return last !== undefined && runnable.includes(last) ? last : (runnable[0] as number);
}

export function isPreemption(decision: Decision, chosen: number): boolean {
  return decision.last !== undefined && chosen !== decision.last && decision.runnable.includes(decision.last);
}

/** Uniform choice among runnable tasks at every decision. */
export class RandomStrategy implements Strategy {
  readonly name = 'random';
  constructor(private readonly rng: Rng) {}

  choose({ runnable }: Decision): number {
    return this.rng.pick(runnable);
  }
}

/**
 * Probabilistic Concurrency Testing (Burckhardt et al., ASPLOS 2010): tasks get random distinct priorities
 * and the highest-priority runnable task always runs; at d-1 random decisions the running task drops below
 * all others. Finds any bug of depth d with probability at least 1/(n * k^(d-1)) for n tasks and k steps.
 */
export class PctStrategy implements Strategy {
  readonly name: string;
  private readonly priority: number[];
  private readonly changeAt: Map<number, number>;

  constructor(rng: Rng, taskCount: number, depth: number, expectedSteps: number) {
    this.name = `pct-${depth}`;
    // Priorities depth .. depth+n-1 for tasks; change points lower a task to 1 .. depth-1.
    const priorities = rng.shuffle(Array.from({ length: taskCount }, (_, i) => depth + i));
    this.priority = priorities;
    this.changeAt = new Map();
    const steps = Math.max(expectedSteps, depth);
    while (this.changeAt.size < depth - 1 && this.changeAt.size < steps) {
      const at = rng.int(0, steps - 1);
      if (!this.changeAt.has(at)) this.changeAt.set(at, depth - 1 - this.changeAt.size);
    }
  }

  choose(decision: Decision): number {
    let top = this.highest(decision.runnable);
    const lowered = this.changeAt.get(decision.index);
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

/** Raised when a recorded schedule asks for a task that cannot run: the code no longer matches it. */
export class ScheduleMismatch extends Error {
  override name = 'ScheduleMismatch';
}

/**
 * Follows recorded switches (decision index -> task id) and makes the default choice everywhere else.
 * Strict replay reports a switch to a task that cannot run; lenient replay (for shrinking) ignores it.
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
    if (!decision.runnable.includes(wanted)) {
      if (this.lenient) return defaultChoice(decision);
      throw new ScheduleMismatch(
        `decision ${decision.index} wants task ${wanted}, but only ${decision.runnable.join(', ')} can run`,
      );
    }
    return wanted;
  }
}
