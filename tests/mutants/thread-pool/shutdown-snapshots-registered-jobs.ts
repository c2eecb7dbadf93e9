// expect: violation
// Bug: submit() checks `closed` and then awaits a small admission step (one microtask) before it registers the
// job; shutdown() called in the same synchronous step as a submit() takes Promise.allSettled of the registered
// jobs, misses that job, and resolves before it has run (the job still runs later).
export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private closed = false;
  private running = 0;
  private readonly queue: Array<() => void> = [];
  private readonly accepted: Promise<unknown>[] = [];

  constructor(readonly workers: number) {}

  private async admit(): Promise<void> {
    // (imagine validation / metrics here)
  }

  private async slot(): Promise<void> {
    if (this.running < this.workers && this.queue.length === 0) {
      this.running += 1;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve)); // the slot is handed over, running unchanged
  }

  private free(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running -= 1;
  }

  async submit<T>(job: Job<T>): Promise<T> {
    if (this.closed) throw new Error('the pool is shut down');
    await this.admit();
    const run = (async () => {
      await this.slot();
      try {
        return await job();
      } finally {
        this.free();
      }
    })();
    this.accepted.push(run);
    return run;
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await Promise.allSettled(this.accepted);
  }
}
