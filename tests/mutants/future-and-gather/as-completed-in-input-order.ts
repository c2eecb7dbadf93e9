// expect: violation
// Bug: asCompleted() waits for the futures one after the other, in the order given, so it hands them over
// in input order: a future that finished early waits behind a slow one listed before it. Schedule: two
// futures, the second finishes first; asCompleted yields the first one first.
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
    if (this.state.kind === 'pending') this.callbacks.push(callback);
    else this.run(callback);
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
  for (const future of new Set(futures)) {
    await future.result().catch(() => undefined); // failed or cancelled futures are handed over too
    yield future;
  }
}
