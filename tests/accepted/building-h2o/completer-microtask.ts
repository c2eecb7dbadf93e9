// Correct, relying on the single FIFO job queue: the atom that completes a molecule wakes its two partners
// (their `await` continuations are queued at once) and then queues its own release with queueMicrotask,
// which lands in the same job queue behind them. A later molecule's jobs are queued later still, so the
// three releases of a molecule always come out together. The completer waits for its own release before
// returning.
export class H2O {
  private readonly hs: Array<() => void> = [];
  private readonly os: Array<() => void> = [];

  private releaseLast(release: () => void): Promise<void> {
    return new Promise<void>((done) =>
      queueMicrotask(() => {
        release();
        done();
      }),
    );
  }

  async hydrogen(releaseHydrogen: () => void): Promise<void> {
    if (this.hs.length >= 1 && this.os.length >= 1) {
      this.hs.shift()?.();
      this.os.shift()?.();
      return this.releaseLast(releaseHydrogen);
    }
    await new Promise<void>((r) => this.hs.push(r));
    releaseHydrogen();
  }

  async oxygen(releaseOxygen: () => void): Promise<void> {
    if (this.hs.length >= 2) {
      this.hs.shift()?.();
      this.hs.shift()?.();
      return this.releaseLast(releaseOxygen);
    }
    await new Promise<void>((r) => this.os.push(r));
    releaseOxygen();
  }
}
