import { Semaphore } from '@kit';

/**
 * A count and one gate semaphore with no permits. Each arrival takes its index from the count and, unless it
 * is the last, waits at the gate; the last arrival resets the count for the next round and releases the gate
 * once per waiter. The kit's semaphore hands a released permit straight to the longest waiter, and every
 * waiter of the round has queued at the gate (in the same synchronous step as its arrival) before the last
 * one arrives, so each permit goes to a waiter of this round: a fast task that laps into the next round finds
 * no permit lying around and waits like everyone else.
 *
 * Invariant: between rounds, count === 0 and the gate has no permits; during a round, count tasks wait at
 * the gate, holding the indices 0 .. count-1.
 */
export class ReusableBarrier {
  private count = 0;
  private readonly gate = new Semaphore(0, 'gate');

  constructor(private readonly parties: number) {}

  async wait(): Promise<number> {
    const index = this.count;
    this.count += 1;
    if (this.count === this.parties) {
      this.count = 0;
      for (let i = 0; i < this.parties - 1; i++) this.gate.release();
      return index;
    }
    await this.gate.acquire();
    return index;
  }
}
