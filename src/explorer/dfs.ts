import { type Decision, defaultChoice, isPreemption, optionsOf, ScheduleMismatch, type Strategy } from './strategy';

/**
 * Whether `decision` offers exactly `options` (as `optionsOf` orders them), without building its options:
 * every schedule replays its prefix through here, one call per decision.
 */
function offers(decision: Decision, options: readonly number[]): boolean {
  switch (decision.kind) {
    case 'task': {
      const { runnable } = decision;
      if (runnable.length !== options.length || options[0] !== defaultChoice(decision)) return false;
      for (let i = 1, j = 0; i < options.length; i++, j++) {
        if (runnable[j] === options[0]) j++; // optionsOf lists the runnable tasks in order, the default first
        if (runnable[j] !== options[i]) return false;
      }
      return true;
    }
    case 'flow':
      return options.length === decision.flows;
    case 'time':
      return options.length === (decision.hold ? 3 : 2);
    case 'collect':
      return options.length === 2;
  }
}

interface Level {
  /** The decision's options, the default (free) choice first. */
  readonly options: readonly number[];
  /** Index into options of the branch being explored. */
  at: number;
  /** Preemptions on the path up to and including this level's current branch. */
  preemptions: number;
  readonly decision: Decision;
}

/**
 * Stateless depth-first search over every schedule: each run replays the current path and extends it with
 * default choices; `advance` then moves to the next unexplored branch. Every kind of decision branches (task,
 * flow and timing), so a complete search covers every order of every ready continuation and every timing the
 * environment can take. Optionally bounded by preemptions (Musuvathi & Qadeer's iterative context bounding):
 * few preemptions expose most bugs, and the bound keeps the search polynomial.
 */
export class ExhaustiveSearch {
  private readonly path: Level[] = [];
  private depth = 0;

  constructor(private readonly preemptionBound = Number.POSITIVE_INFINITY) {}

  /** A strategy for the next run. Call `advance` after the run to move on. */
  strategy(): Strategy {
    this.depth = 0;
    return { name: 'exhaustive', choose: (decision) => this.choose(decision) };
  }

  /** Moves to the next unexplored branch. Returns false when every schedule has been explored. */
  advance(): boolean {
    this.path.length = this.depth;
    while (this.path.length > 0) {
      const level = this.path[this.path.length - 1] as Level;
      const before = this.path.length > 1 ? (this.path[this.path.length - 2] as Level).preemptions : 0;
      for (level.at += 1; level.at < level.options.length; level.at += 1) {
        const cost = isPreemption(level.decision, level.options[level.at] as number) ? 1 : 0;
        if (before + cost <= this.preemptionBound) {
          level.preemptions = before + cost;
          return true;
        }
      }
      this.path.pop();
    }
    return false;
  }

  private choose(decision: Decision): number {
    const index = this.depth++;
    const known = this.path[index];
    if (known !== undefined) {
      if (known.decision.kind !== decision.kind || !offers(decision, known.options)) {
        throw new ScheduleMismatch(`decision ${index} changed between identical prefixes: the code is nondeterministic`);
      }
      return known.options[known.at] as number;
    }
    const options = optionsOf(decision);
    const before = index > 0 ? (this.path[index - 1] as Level).preemptions : 0;
    this.path.push({ options, at: 0, preemptions: before, decision });
    return options[0] as number;
  }
}
