// expect: violation
// Bug: the future keeps its value in a field and takes `value !== undefined` to mean "has a result", the
// usual JavaScript shortcut. A future whose result is undefined then never counts as done: done() stays
// false, result() called afterwards waits forever, a callback added later is queued instead of called, a
// second setResult is accepted. Schedule: a future is given the result undefined; the completer asks done().
export class CancelledError extends Error {}

export class InvalidStateError extends Error {}

export class Future<T> {
  private value: T | undefined;
  private error: Error | undefined;
  private isCancelled = false;
  private callbacks: Array<(future: Future<T>) => void> = [];

  setResult(value: T): void {
    this.mustBePending('setResult');
    this.value = value;
    this.runCallbacks();
  }

  setException(error: Error): void {
    this.mustBePending('setException');
    this.error = error;
    this.runCallbacks();
  }

  cancel(): boolean {
    if (this.isCancelled) return true;
    if (this.done()) return false;
    this.isCancelled = true;
    this.runCallbacks();
    return true;
  }

  cancelled(): boolean {
    return this.isCancelled;
  }

  done(): boolean {
    return this.value !== undefined || this.error !== undefined || this.isCancelled;
  }

  result(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.addDoneCallback(() => {
        if (this.isCancelled) reject(new CancelledError('the future was cancelled'));
        else if (this.error !== undefined) reject(this.error);
        else resolve(this.value as T);
      });
    });
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    if (this.done()) this.run(callback);
    else this.callbacks.push(callback);
  }

  private mustBePending(how: string): void {
    if (this.done()) throw new InvalidStateError(`${how}() on a future that is already done`);
  }

  private runCallbacks(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) this.run(callback);
  }

  private run(callback: (future: Future<T>) => void): void {
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
