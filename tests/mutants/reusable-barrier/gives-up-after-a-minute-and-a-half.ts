// expect: violation
// Bug: "so that nobody hangs forever", a waiter looks every 500 ms whether its round was released and gives up
// after 90 s, returning its index as if the round had completed. Correct as long as every party arrives
// within 90 s; a party that is slower (a stalled worker, a long pause) lets the others leave a round that it
// has not reached. Schedule: the environment holds a party back past the 90 s; the waiters leave early.
import { setTimeout as nap } from 'node:timers/promises';

const LOOK_EVERY_MS = 500;
const GIVE_UP_AFTER_MS = 90_000;

export class ReusableBarrier {
  private round = 0;
  private count = 0;
  private open: () => void = () => undefined;
  private opened = new Promise<void>((resolve) => (this.open = resolve));

  constructor(readonly parties: number) {}

  async wait(): Promise<number> {
    const round = this.round;
    const index = this.count++;
    if (this.count === this.parties) {
      this.count = 0;
      this.round += 1;
      const open = this.open;
      this.opened = new Promise<void>((resolve) => (this.open = resolve));
      open();
      return index;
    }
    const opened = this.opened;
    const since = Date.now();
    while (this.round === round && Date.now() - since < GIVE_UP_AFTER_MS) {
      await Promise.race([opened, nap(LOOK_EVERY_MS)]);
    }
    return index;
  }
}
