/**
 * Runs a check now and again whenever `trigger` is called. A trigger while a check runs cancels that check
 * (its signal aborts) and starts a new one at once: the learner's latest save is what gets judged, and a
 * long check of an outdated file never makes them wait.
 *
 * Invariant: at most one check is not cancelled; checks report through `check`'s own output, and a cancelled
 * check's rejection is swallowed (it was asked for).
 */
export class Rerunner {
  private current: AbortController | undefined;
  private runs = 0;

  constructor(
    private readonly check: (signal: AbortSignal, run: { readonly number: number; readonly restarted: boolean }) => Promise<void>,
    private readonly onError: (error: unknown) => void = (error) => {
      throw error;
    },
  ) {}

  trigger(): void {
    const restarted = this.current !== undefined && !this.current.signal.aborted;
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.runs += 1;
    this.check(controller.signal, { number: this.runs, restarted }).then(
      () => {
        if (this.current === controller) this.current = undefined;
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (this.current === controller) this.current = undefined;
        this.onError(error);
      },
    );
  }

  /** Cancels the running check, if any. */
  stop(): void {
    this.current?.abort();
    this.current = undefined;
  }
}
