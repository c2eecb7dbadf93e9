// expect: violation
// Bug: round state lives in a module-level table keyed by the party count, so two barriers of the same size
// alive at once share one round: with two 2-party barriers, one task of each arrives and both are released
// together (each barrier's partner has not arrived yet), and indices collide.

interface Round {
  arrived: number;
  release: () => void;
  opened: Promise<void>;
}

function freshRound(): Round {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { arrived: 0, release, opened };
}

/** One current round per barrier size, created on demand ("rounds are cheap to share between equal barriers"). */
const rounds = new Map<number, Round>();

export class ReusableBarrier {
  constructor(readonly parties: number) {
    if (!rounds.has(parties)) rounds.set(parties, freshRound());
  }

  async wait(): Promise<number> {
    const round = rounds.get(this.parties) as Round;
    const index = round.arrived;
    round.arrived += 1;
    if (round.arrived === this.parties) {
      rounds.set(this.parties, freshRound());
      round.release();
      return index;
    }
    await round.opened;
    return index;
  }
}
