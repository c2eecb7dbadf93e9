// expect: crash
// Bug: done callbacks are dispatched through a Node EventTarget; a callback that throws is not "ignored":
// Node's EventTarget reports a listener's exception as an uncaught exception (on process.nextTick), which crashes
// the process right after setResult() or addDoneCallback() returned.

export class CancelledError extends Error {}
export class InvalidStateError extends Error {}

export class Future<T> {
  private readonly target = new EventTarget();
  private state: 'pending' | 'result' | 'exception' | 'cancelled' = 'pending';
  private value: T | undefined;
  private error: Error | undefined;

  private finish(state: 'result' | 'exception' | 'cancelled'): void {
    this.state = state;
    this.target.dispatchEvent(new Event('done')); // listeners run synchronously, in the order added
  }

  setResult(value: T): void {
    if (this.state !== 'pending') throw new InvalidStateError('done');
    this.value = value;
    this.finish('result');
  }

  setException(error: Error): void {
    if (this.state !== 'pending') throw new InvalidStateError('done');
    this.error = error;
    this.finish('exception');
  }

  cancel(): boolean {
    if (this.state === 'cancelled') return true;
    if (this.state !== 'pending') return false;
    this.finish('cancelled');
    return true;
  }

  cancelled(): boolean {
    return this.state === 'cancelled';
  }

  done(): boolean {
    return this.state !== 'pending';
  }

  private outcome(): Promise<T> {
    if (this.state === 'result') return Promise.resolve(this.value as T);
    if (this.state === 'exception') return Promise.reject(this.error ?? new Error('no exception was set'));
    return Promise.reject(new CancelledError());
  }

  result(): Promise<T> {
    if (this.done()) return this.outcome();
    return new Promise<T>((resolve) => this.target.addEventListener('done', () => resolve(this.outcome()), { once: true }));
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    // A fresh listener each time, so that one callback added twice runs twice.
    const listener = (): void => callback(this);
    if (this.done()) {
      try {
        callback(this);
      } catch {
        // ignored
      }
      return;
    }
    this.target.addEventListener('done', listener, { once: true });
  }
}

export function gather<T>(futures: ReadonlyArray<Future<T>>): Promise<T[]> {
  return Promise.all(futures.map((f) => f.result()));
}

export function asCompleted<T>(futures: ReadonlyArray<Future<T>>): AsyncIterable<Future<T>> {
  const distinct = [...new Set(futures)];
  const ready: Array<Future<T>> = [];
  let wake: (() => void) | undefined;
  for (const f of distinct)
    f.addDoneCallback((d) => {
      ready.push(d);
      wake?.();
    });
  return (async function* () {
    for (let n = 0; n < distinct.length; n++) {
      while (ready.length === 0) await new Promise<void>((r) => (wake = r));
      yield ready.shift() as Future<T>;
    }
  })();
}
