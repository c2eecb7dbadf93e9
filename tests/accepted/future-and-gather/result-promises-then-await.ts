// Idiom: futures with a hand-written asCompleted() iterator, and a gather() that asks every future for its result() first, then
// yields once (`await Promise.resolve()`, which resumes in the same microtask drain, before any timer or I/O can run and
// before Node looks for unhandled rejections), and only then hands the promises to Promise.all. A result()
// promise that rejects meanwhile is handled within the same drain, so Node never reports it, and gather still
// settles at the failure's instant (no time passes at that await).

export class CancelledError extends Error {}
export class InvalidStateError extends Error {}

type State<T> = { kind: 'pending' } | { kind: 'result'; value: T } | { kind: 'exception'; error: Error } | { kind: 'cancelled' };

export class Future<T> {
  private state: State<T> = { kind: 'pending' };
  private callbacks: Array<(f: Future<T>) => void> = [];

  private finish(state: State<T>): void {
    this.state = state;
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const cb of callbacks) Future.call(cb, this);
  }

  private static call<T>(cb: (f: Future<T>) => void, f: Future<T>): void {
    try {
      cb(f);
    } catch {
      // ignored, as Python logs and goes on
    }
  }

  setResult(value: T): void {
    if (this.state.kind !== 'pending') throw new InvalidStateError('future already done');
    this.finish({ kind: 'result', value });
  }

  setException(error: Error): void {
    if (this.state.kind !== 'pending') throw new InvalidStateError('future already done');
    this.finish({ kind: 'exception', error });
  }

  cancel(): boolean {
    if (this.state.kind === 'cancelled') return true;
    if (this.state.kind !== 'pending') return false;
    this.finish({ kind: 'cancelled' });
    return true;
  }

  cancelled(): boolean {
    return this.state.kind === 'cancelled';
  }

  done(): boolean {
    return this.state.kind !== 'pending';
  }

  /** Settles from the state; only valid once done. */
  settle(resolve: (v: T) => void, reject: (e: unknown) => void): void {
    const s = this.state;
    if (s.kind === 'result') resolve(s.value);
    else if (s.kind === 'exception') reject(s.error);
    else if (s.kind === 'cancelled') reject(new CancelledError('cancelled'));
  }

  result(): Promise<T> {
    return new Promise<T>((resolve, reject) => this.addDoneCallback((f) => f.settle(resolve, reject)));
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    if (this.state.kind === 'pending') this.callbacks.push(callback);
    else Future.call(callback, this);
  }
}

export async function gather<T>(futures: ReadonlyArray<Future<T>>): Promise<T[]> {
  const pending = futures.map((f) => f.result());
  await Promise.resolve(); // one hop, in the same microtask drain
  return Promise.all(pending);
}

export function asCompleted<T>(futures: ReadonlyArray<Future<T>>): AsyncIterable<Future<T>> {
  const distinct = [...new Set(futures)];
  const finished: Array<Future<T>> = [];
  const askers: Array<(r: IteratorResult<Future<T>>) => void> = [];
  let handedOut = 0;
  const deliver = (): void => {
    while (askers.length > 0) {
      const ask = askers.shift() as (r: IteratorResult<Future<T>>) => void;
      if (finished.length > 0) {
        handedOut += 1;
        ask({ value: finished.shift() as Future<T>, done: false });
      } else if (handedOut === distinct.length) {
        ask({ value: undefined, done: true });
      } else {
        askers.unshift(ask);
        return;
      }
    }
  };
  // The iteration starts at the call: those done now are queued first (addDoneCallback runs them at once).
  for (const f of distinct) {
    f.addDoneCallback((done) => {
      finished.push(done);
      deliver();
    });
  }
  const iterator: AsyncIterator<Future<T>> = {
    next(): Promise<IteratorResult<Future<T>>> {
      return new Promise((resolve) => {
        askers.push(resolve);
        deliver();
      });
    },
    return(): Promise<IteratorResult<Future<T>>> {
      return Promise.resolve({ value: undefined, done: true });
    },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}
