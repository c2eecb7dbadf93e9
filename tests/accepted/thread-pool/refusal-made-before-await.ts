// Idiom: The pool warms up (a `ready` promise, resolved at construction) and every submit waits for it, so that
// submitters queue in call order behind it. The outcome promise (the job's run, or a refusal after shutdown)
// is made synchronously at the call, before that await, and returned after it: a refusal is already
// rejected while submit() awaits `ready`, but it is handled (returned from the async function) within the
// same microtask drain, so Node never sees an unhandled rejection.
export type Job<T> = () => Promise<T>;

export class ThreadPool {
  private readonly ready: Promise<void> = Promise.resolve();
  private closed = false;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly accepted = new Set<Promise<unknown>>();

  constructor(readonly workers: number) {}

  private async run<T>(job: Job<T>): Promise<T> {
    if (this.running < this.workers) this.running += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the worker is handed over
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  async submit<T>(job: Job<T>): Promise<T> {
    let outcome: Promise<T>;
    if (this.closed) {
      outcome = Promise.reject(new Error('the pool is shut down'));
    } else {
      outcome = this.run(job);
      const settled = outcome.then(() => undefined, () => undefined);
      this.accepted.add(settled);
      void settled.then(() => this.accepted.delete(settled));
    }
    await this.ready;
    return outcome;
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    while (this.accepted.size > 0) await Promise.all([...this.accepted]);
  }
}
