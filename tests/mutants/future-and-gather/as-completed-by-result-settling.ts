// expect: violation
// Bug: asCompleted lines the pending futures up in the order their result() promises settle. That is not the
// order they completed: result() ends in `return Promise.reject(...)` for a cancelled future, which takes the
// engine two more jobs than returning a value. When one future is cancelled and another gets its result
// before either chain ran (two completers woken together), the second comes out first.
export class CancelledError extends Error {}
export class InvalidStateError extends Error {}

type State = 'pending' | 'result' | 'exception' | 'cancelled';

export class Future<T> {
  private state: State = 'pending';
  private value: T | undefined;
  private error: Error = new Error('no exception');
  private readonly callbacks: Array<(future: Future<T>) => void> = [];
  private markDone: () => void = () => undefined;
  private readonly finished = new Promise<void>((resolve) => (this.markDone = resolve));

  private complete(state: State): void {
    this.state = state;
    this.markDone();
    for (const callback of this.callbacks.splice(0)) this.call(callback);
  }

  private call(callback: (future: Future<T>) => void): void {
    try {
      callback(this);
    } catch {
      // a throwing callback is ignored
    }
  }

  setResult(value: T): void {
    if (this.state !== 'pending') throw new InvalidStateError('the future is already done');
    this.value = value;
    this.complete('result');
  }

  setException(error: Error): void {
    if (this.state !== 'pending') throw new InvalidStateError('the future is already done');
    this.error = error;
    this.complete('exception');
  }

  cancel(): boolean {
    if (this.state === 'cancelled') return true;
    if (this.state !== 'pending') return false;
    this.complete('cancelled');
    return true;
  }

  cancelled(): boolean {
    return this.state === 'cancelled';
  }

  done(): boolean {
    return this.state !== 'pending';
  }

  async result(): Promise<T> {
    await this.finished;
    if (this.state === 'cancelled') return Promise.reject(new CancelledError('the future was cancelled'));
    if (this.state === 'exception') throw this.error;
    return this.value as T;
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    if (this.state === 'pending') this.callbacks.push(callback);
    else this.call(callback);
  }
}

export function gather<T>(futures: ReadonlyArray<Future<T>>): Promise<T[]> {
  return Promise.all(futures.map((future) => future.result()));
}

export async function* asCompleted<T>(futures: ReadonlyArray<Future<T>>): AsyncGenerator<Future<T>> {
  const distinct = [...new Set(futures)];
  const pending = distinct.filter((future) => !future.done());
  const arrived: Array<Future<T>> = [];
  let wake: (() => void) | undefined;
  for (const future of pending) {
    const arrive = (): void => {
      arrived.push(future);
      wake?.();
    };
    future.result().then(arrive, arrive);
  }
  for (const future of distinct) if (!pending.includes(future)) yield future;
  for (let handed = 0; handed < pending.length; handed++) {
    while (arrived.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    yield arrived.shift() as Future<T>;
  }
}
