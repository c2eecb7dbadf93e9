// expect: violation
// Bug: the count of arrivals is reset at the wrong time: by the last task to *leave* the round rather than by
// the last to arrive, together with closing the gate (an Event). Until the slowest task has left, the gate
// stays open and the count stays at `parties`: a fast task that laps into the next round counts as arrival
// number `parties` + 1, is not the last, waits at the gate, and walks straight through it. It leaves the new
// round alone, with an index out of range. Schedule: 2 parties, 2 rounds; task 1 is released, returns and
// calls wait() again before task 2 has resumed.
import { Event } from '@kit';

export class ReusableBarrier {
  private arrived = 0;
  private left = 0;
  private readonly open = new Event();

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    const index = this.arrived;
    this.arrived += 1;
    if (this.arrived === this.parties) this.open.set();
    else await this.open.wait();
    this.left += 1;
    if (this.left === this.parties) {
      this.arrived = 0;
      this.left = 0;
      this.open.clear();
    }
    return index;
  }
}
