/**
 * Plain promises: each round is an object of its own, with its arrival count and one promise that the round's
 * last arrival resolves. The last arrival swaps in a fresh round before it resolves the old one, so a task
 * that laps into the next round joins the fresh round and can never count toward, or pass through, the one
 * its slower partners are still leaving.
 *
 * Invariant: `round` is the round still gathering; a finished round's promise is resolved exactly once, by
 * its last arrival, and no one joins it afterwards.
 */
interface Round {
  arrived: number;
  readonly over: Promise<void>;
  readonly end: () => void;
}

function newRound(): Round {
  let end: () => void = () => undefined;
  const over = new Promise<void>((resolve) => {
    end = resolve;
  });
  return { arrived: 0, over, end };
}

export class ReusableBarrier {
  private round = newRound();

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    const round = this.round;
    const index = round.arrived;
    round.arrived += 1;
    if (round.arrived === this.parties) {
      this.round = newRound();
      round.end();
      return index;
    }
    await round.over;
    return index;
  }
}
