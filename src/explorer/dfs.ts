import { defaultChoice, type Decision, isPreemption, ScheduleMismatch, type Strategy } from './strategy';

interface Level {
  /** Runnable tasks at this decision, the default (non-preempting) choice first. */
  readonly options: readonly number[];
  /** Index into options of the branch being explored. */
  at: number;
  /** Preemptions on the path up to and including this level's current branch. */
  preemptions: number;
  readonly last: number | undefined;
}

/**
 * Stateless depth-first search over every interleaving: each run replays the current path and extends it with
 * default choices; `advance` then moves to the next unexplored branch. Optionally bounded by preemptions
 * (Musuvathi & Qadeer's iterative context bounding): few preemptions expose most bugs, and the bound keeps
 * the search polynomial.
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

  /** Moves to the next unexplored branch. Returns false when every interleaving has been explored. */
  advance(): boolean {
    this.path.length = this.depth;
    while (this.path.length > 0) {
      const level = this.path[this.path.length - 1] as Level;
      const before = this.path.length > 1 ? (this.path[this.path.length - 2] as Level).preemptions : 0;
      for (level.at += 1; level.at < level.options.length; level.at += 1) {
        const cost = this.preemptionCost(level, level.options[level.at] as number);
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
      const chosen = known.options[known.at] as number;
      if (!decision.runnable.includes(chosen) || known.options.length !== decision.runnable.length) {
        throw new ScheduleMismatch(`decision ${index} changed between identical prefixes: the code is nondeterministic`);
      }
      return chosen;
    }
    const first = defaultChoice(decision);
    const options = [first, ...decision.runnable.filter((id) => id !== first)];
    const before = index > 0 ? (this.path[index - 1] as Level).preemptions : 0;
    this.path.push({ options, at: 0, preemptions: before, last: decision.last });
    return first;
  }

  private preemptionCost(level: Level, chosen: number): number {
    return isPreemption({ runnable: level.options, last: level.last, index: 0 }, chosen) ? 1 : 0;
  }
}
