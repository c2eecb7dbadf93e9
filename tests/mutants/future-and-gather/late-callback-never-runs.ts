// expect: violation
// Bug: addDoneCallback() always appends to the list, also on a future that is already done, whose list
// was run and emptied when it completed. A callback added late is never called (Python's concurrent.futures
// calls it at once). Schedule: the future finishes, then a task adds a callback.
export class CancelledError extends Error {}

export class InvalidStateError extends Error {}

type State<T> = { kind: 'pending' } | { kind: 'result'; value: T } | { kind: 'exception'; error: Error } | { kind: 'cancelled' };

export class Future<T> {
  private state: State<T> = { kind: 'pending' };
  private callbacks: Array<(future: Future<T>) => void> = [];

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
    this.callbacks.push(callback);
  }

  private complete(state: State<T>, how: string): void {
    if (this.state.kind !== 'pending') throw new InvalidStateError(`${how}() on a future that is already done (${this.state.kind})`);
    this.state = state;
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) this.run(callback);
  }

  private run(callback: (future: Future<T>) => void): void {
    try {
      callback(this);
    } catch {
      // like Python's concurrent.futures: a failing callback is ignored, the others still run
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
