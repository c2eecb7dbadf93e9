// Idiom: one promise per future, made up front; result() returns that same promise every time. The no-op
// catch attached in the constructor marks the rejection as handled, so a future that fails while nobody
// has called result() does not end the process with an unhandled rejection; callers of result() still get
// the rejection, since each `await` or `.then` on the promise is a handler of its own.
export class CancelledError extends Error {}

export class InvalidStateError extends Error {}

export class Future<T> {
  private finished = false;
  private wasCancelled = false;
  private callbacks: Array<(future: Future<T>) => void> = [];
  private resolve!: (value: T) => void;
  private reject!: (error: Error) => void;
  private readonly promise = new Promise<T>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });

  constructor() {
    this.promise.catch(() => undefined); // a failure nobody asks about is not an unhandled rejection
  }

  setResult(value: T): void {
    this.finish();
    this.resolve(value);
    this.runCallbacks();
  }

  setException(error: Error): void {
    this.finish();
    this.reject(error);
    this.runCallbacks();
  }

  cancel(): boolean {
    if (this.wasCancelled) return true;
    if (this.finished) return false;
    this.finish();
    this.wasCancelled = true;
    this.reject(new CancelledError('the future was cancelled'));
    this.runCallbacks();
    return true;
  }

  cancelled(): boolean {
    return this.wasCancelled;
  }

  done(): boolean {
    return this.finished;
  }

  result(): Promise<T> {
    return this.promise;
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    if (!this.finished) this.callbacks.push(callback);
    else this.call(callback);
  }

  private finish(): void {
    if (this.finished) throw new InvalidStateError('the future is already done');
    this.finished = true;
  }

  private runCallbacks(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) this.call(callback);
  }

  private call(callback: (future: Future<T>) => void): void {
    try {
      callback(this);
    } catch {
      // ignored, the others still run
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
