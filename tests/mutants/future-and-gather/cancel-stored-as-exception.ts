// expect: violation
// Bug: a cancellation is stored as one more exception, a CancelledError, and cancelled() asks whether the
// stored exception is a CancelledError. That holds for a future cancelled with cancel(), but also for one
// given a CancelledError by setException(): it failed with an exception, yet cancelled() says true and a
// later cancel() returns true. Schedule: a future completed with setException(new CancelledError(...)); right
// after, cancelled() is true.
export class CancelledError extends Error {}

export class InvalidStateError extends Error {}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

export class Future<T> {
  private outcome: Outcome<T> | undefined;
  private callbacks: Array<(future: Future<T>) => void> = [];

  setResult(value: T): void {
    this.complete({ ok: true, value }, 'setResult');
  }

  setException(error: Error): void {
    this.complete({ ok: false, error }, 'setException');
  }

  cancel(): boolean {
    if (this.outcome !== undefined) return this.cancelled();
    this.complete({ ok: false, error: new CancelledError('the future was cancelled') }, 'cancel');
    return true;
  }

  cancelled(): boolean {
    return this.outcome !== undefined && !this.outcome.ok && this.outcome.error instanceof CancelledError;
  }

  done(): boolean {
    return this.outcome !== undefined;
  }

  result(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.addDoneCallback(() => {
        const outcome = this.outcome as Outcome<T>;
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
      });
    });
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    if (this.outcome === undefined) this.callbacks.push(callback);
    else this.run(callback);
  }

  private complete(outcome: Outcome<T>, how: string): void {
    if (this.outcome !== undefined) throw new InvalidStateError(`${how}() on a future that is already done`);
    this.outcome = outcome;
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) this.run(callback);
  }

  private run(callback: (future: Future<T>) => void): void {
    try {
      callback(this);
    } catch {
      // a failing callback is ignored, the others still run
    }
  }
}

export function gather<T>(futures: ReadonlyArray<Future<T>>): Promise<T[]> {
  return Promise.all(futures.map((future) => future.result()));
}

export async function* asCompleted<T>(futures: ReadonlyArray<Future<T>>): AsyncGenerator<Future<T>> {
  const distinct = [...new Set(futures)];
  const finished: Array<Future<T>> = [];
  let wake: (() => void) | undefined;
  for (const future of distinct) {
    future.addDoneCallback((done) => {
      finished.push(done);
      wake?.();
    });
  }
  for (let handed = 0; handed < distinct.length; handed++) {
    while (finished.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    yield finished.shift() as Future<T>;
  }
}
