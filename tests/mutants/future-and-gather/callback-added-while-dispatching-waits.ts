// expect: violation
// Bug: while the completing call is still running the callbacks, addDoneCallback() appends to the list
// being run ("so a late callback cannot overtake the ones not yet called"). But the future is already done
// there: a callback added from inside a done callback must be called by addDoneCallback itself, before it
// returns. Here it runs only after the current callback (and every one after it) returned. Schedule: two
// callbacks added to a pending future, the first of which adds a callback to its own future when called;
// that callback has not run when addDoneCallback returns.
export class CancelledError extends Error {}

export class InvalidStateError extends Error {}

type State<T> = { kind: 'pending' } | { kind: 'result'; value: T } | { kind: 'exception'; error: Error } | { kind: 'cancelled' };

export class Future<T> {
  private state: State<T> = { kind: 'pending' };
  private callbacks: Array<(future: Future<T>) => void> = [];
  /** True while the completing call runs the callbacks. */
  private dispatching = false;

  setResult(value: T): void {
    this.complete({ kind: 'result', value }, 'setResult');
  }

  setException(error: Error): void {
    this.complete({ kind: 'exception', error }, 'setException');
  }

  cancel(): boolean {
    if (this.state.kind === 'cancelled') return true;
    if (this.state.kind !== 'pending') return false;
    this.complete({ kind: 'cancelled' }, 'cancel');
    return true;
  }

  cancelled(): boolean {
    return this.state.kind === 'cancelled';
  }

  done(): boolean {
    return this.state.kind !== 'pending';
  }

  result(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.addDoneCallback(() => {
        const state = this.state;
        if (state.kind === 'result') resolve(state.value);
        else if (state.kind === 'exception') reject(state.error);
        else reject(new CancelledError('the future was cancelled'));
      });
    });
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    if (this.state.kind === 'pending' || this.dispatching) this.callbacks.push(callback);
    else this.run(callback);
  }

  private complete(state: State<T>, how: string): void {
    if (this.state.kind !== 'pending') throw new InvalidStateError(`${how}() on a future that is already done (${this.state.kind})`);
    this.state = state;
    this.dispatching = true;
    while (this.callbacks.length > 0) this.run(this.callbacks.shift() as (future: Future<T>) => void);
    this.dispatching = false;
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
