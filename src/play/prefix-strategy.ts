import { type Decision, defaultChoice, isOption, optionsOf, type Strategy } from '../explorer/strategy';

/** Thrown (and turned by the run into its end) at the first decision past the prefix that needs the learner. */
export class PlayPause extends Error {
  override name = 'PlayPause';
}

/** What a play run asks after the prefix: pause for the learner, or follow a recorded schedule to its end. */
export type PastPrefix = { readonly kind: 'pause' } | { readonly kind: 'follow'; readonly switches: ReadonlyMap<number, number> };

/**
 * The learner's choices as a strategy: at decision i it takes `prefix[i]`. Past the prefix, a decision with one
 * option is taken at once (nothing to ask); at any other it records the decision and stops the run by throwing
 * (Run.ask ends the run on a throwing strategy), so the caller can show that decision and its state. With
 * `follow`, it makes a recorded schedule's choices instead (switches, else the default) and never pauses.
 *
 * Invariant: the same prefix on the same code gives the same run, because every choice comes from here.
 */
export class PrefixStrategy implements Strategy {
  readonly name = 'play';
  /** How many options each decision taken so far had, in order (1 = it was forced). */
  readonly optionCounts: number[] = [];
  /** The decision the run stopped at, waiting for the learner. */
  paused: Decision | undefined;

  constructor(
    private readonly prefix: readonly number[],
    private readonly past: PastPrefix = { kind: 'pause' },
  ) {}

  choose(decision: Decision): number {
    const options = optionsOf(decision);
    const wanted = this.prefix[decision.index];
    let chosen: number;
    if (wanted !== undefined) {
      if (!isOption(decision, wanted)) throw new PlayPause(`decision ${decision.index} has no option ${wanted}`);
      chosen = wanted;
    } else if (options.length === 1) {
      chosen = options[0] as number;
    } else if (this.past.kind === 'follow') {
      const recorded = this.past.switches.get(decision.index);
      chosen = recorded !== undefined && isOption(decision, recorded) ? recorded : defaultChoice(decision);
    } else {
      this.paused = decision;
      throw new PlayPause(`paused at decision ${decision.index}`);
    }
    this.optionCounts.push(options.length);
    return chosen;
  }
}
