// expect: violation
// Bug: the Semaphore that asCompleted's done callbacks release is made once, at module level, instead of
// once per call, so every iteration draws on the same permits. One iteration at a time works. With two
// iterations parked at once, a future that completes in one list releases a permit that the other iteration
// may take: it wakes to an empty queue of its own and hands over `undefined`. Schedule: two asCompleted
// iterations over overlapping lists, both waiting; future 3, only in the second list, is cancelled and the
// first iteration takes the permit.
import { Event, Semaphore } from '@kit';

export class CancelledError extends Error {}

export class InvalidStateError extends Error {}

/** Released by a done callback of asCompleted for each future that finishes. */
const ready = new Semaphore(0, 'finished futures');

type Outcome<T> = { kind: 'result'; value: T } | { kind: 'exception'; error: Error } | { kind: 'cancelled' };

export class Future<T> {
  private outcome: Outcome<T> | undefined;
  private readonly finished = new Event('future done');
  private callbacks: Array<(future: Future<T>) => void> = [];

  setResult(value: T): void {
    this.complete({ kind: 'result', value }, 'setResult');
  }

  setException(error: Error): void {
    this.complete({ kind: 'exception', error }, 'setException');
  }

  cancel(): boolean {
    if (this.outcome !== undefined) return this.outcome.kind === 'cancelled';
    this.complete({ kind: 'cancelled' }, 'cancel');
    return true;
  }

  cancelled(): boolean {
    return this.outcome?.kind === 'cancelled';
  }

  done(): boolean {
    return this.outcome !== undefined;
  }

  async result(): Promise<T> {
    await this.finished.wait();
    const outcome = this.outcome as Outcome<T>;
    if (outcome.kind === 'result') return outcome.value;
    if (outcome.kind === 'exception') throw outcome.error;
    throw new CancelledError('the future was cancelled');
  }

  addDoneCallback(callback: (future: Future<T>) => void): void {
    if (this.outcome === undefined) this.callbacks.push(callback);
    else this.run(callback);
  }

  private complete(outcome: Outcome<T>, how: string): void {
    if (this.outcome !== undefined) throw new InvalidStateError(`${how}() on a future that is already done`);
    this.outcome = outcome;
    this.finished.set();
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) this.run(callback);
  }

  private run(callback: (future: Future<T>) => void): void {
    try {
      callback(this);
    } catch {
      // ignored, as Python's concurrent.futures logs and ignores it: the other callbacks still run
    }
  }
}

export async function gather<T>(futures: ReadonlyArray<Future<T>>): Promise<T[]> {
  const results: T[] = new Array<T>(futures.length);
  const settled = new Event('gather settled');
  let missing = futures.length;
  let failure: { error: unknown } | undefined;
  futures.forEach((future, i) => {
    future.result().then(
      (value) => {
        results[i] = value;
        missing -= 1;
        if (missing === 0) settled.set();
      },
      (error: unknown) => {
        failure ??= { error }; // the first failure wins; later ones are handled here and dropped
        settled.set();
      },
    );
  });
  if (futures.length > 0) await settled.wait();
  if (failure !== undefined) throw failure.error;
  return results;
}

export async function* asCompleted<T>(futures: ReadonlyArray<Future<T>>): AsyncGenerator<Future<T>> {
  const distinct = [...new Set(futures)];
  const finished: Array<Future<T>> = [];
  for (const future of distinct) {
    future.addDoneCallback((done) => {
      finished.push(done);
      ready.release();
    });
  }
  for (let handed = 0; handed < distinct.length; handed++) {
    await ready.acquire();
    yield finished.shift() as Future<T>;
  }
}
