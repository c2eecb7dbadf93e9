// Idiom: a fresh kit Event for every round. The last arrival replaces the round's count and Event with new
// ones and only then sets the old Event, so its waiters all go, and a task that laps meets the new, unset
// Event. An Event is never cleared here: a round's "over" is permanent news, which is why nobody can miss it.
import { Event } from '@kit';

interface Round {
  arrived: number;
  readonly over: Event;
}

export class ReusableBarrier {
  private round: Round = { arrived: 0, over: new Event() };

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    const round = this.round;
    const index = round.arrived;
    round.arrived += 1;
    if (round.arrived === this.parties) {
      this.round = { arrived: 0, over: new Event() };
      round.over.set();
    } else {
      await round.over.wait();
    }
    return index;
  }
}
