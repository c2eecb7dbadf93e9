/** Captured at load, before any virtual time source replaces the global one: idleness is real, not virtual. */
const realSetImmediate = globalThis.setImmediate;

/** The most immediates queued at once; a larger batch wastes more when the run ends early. */
const MAX_BATCH = 64;

/**
 * Calls back once nothing is left to run but macrotasks: the microtask and `nextTick` queues are empty, so every
 * continuation that the last step set in motion, however many promise hops away, has run or is parked.
 *
 * Why not one `setImmediate` per call: each is a turn of the event loop, with a poll syscall, about 1.9 µs on
 * this machine, more than the rest of a decision (a profile of the explorer showed the loop idle 60 % of the
 * time). Node runs the immediates queued before a turn back to back in that turn and drains the nextTick and
 * microtask queues between two of them (`processImmediate` calls `runNextTicks`), so an immediate queued
 * ahead of time is as good a probe as a fresh one, without the syscall. The probe keeps spare immediates
 * queued, doubling the batch each time it runs out (1, 2, 4 … 64): a probe used once wastes nothing, one used
 * for a whole exploration at most 63 empty callbacks at its end.
 *
 * Invariant: at most one callback is armed; it runs in the next immediate of this probe's, never inside a
 * microtask.
 */
export class IdleProbe {
  /** Immediates queued and not yet run. */
  private spare = 0;
  private nextBatch = 1;
  private armed: (() => void) | undefined;

  /** Arms `callback` for the next idle moment (replacing one armed before, which is not called). */
  arm(callback: () => void): void {
    this.armed = callback;
    if (this.spare > 0) return;
    const batch = this.nextBatch;
    this.nextBatch = Math.min(batch * 2, MAX_BATCH);
    this.spare += batch;
    for (let i = 0; i < batch; i++) realSetImmediate(this.fire);
  }

  private readonly fire = (): void => {
    this.spare -= 1;
    const callback = this.armed;
    if (callback === undefined) return; // a spare nobody needed: it cost one empty callback
    this.armed = undefined;
    callback();
  };
}

/**
 * Calls back after the event loop's next poll phase. Called from an immediate (a check phase), a fresh
 * immediate runs only in the loop's next turn, after the poll phase, where wake-ups from outside the
 * explorer's control arrive, such as a message port's messages. The
 * probe's own immediates, queued ahead, all run in one check phase and never see them.
 */
export function afterPollPhase(callback: () => void): void {
  realSetImmediate(callback);
}
