import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/** What result() rejects with when the future was cancelled. Given: keep it as it is. */
export class CancelledError extends Error {}

/** What setResult() and setException() throw when the future is already done. Given: keep it as it is. */
export class InvalidStateError extends Error {}

/**
 * Future and Gather: a Future holds a result that arrives later (a value, an exception, or a cancellation);
 * gather() waits for several, asCompleted() hands them over as they finish. Replace each
 * `notImplemented(...)` line; keep the names and signatures.
 * Check your work with: npm run kata -- future-and-gather
 */
export class Future<T> {
  /** Completes the future with `value`; throws InvalidStateError if it is already done. */
  setResult(value: T): void {
    notImplemented('Future.setResult');
  }

  /** Completes the future with `error`; throws InvalidStateError if it is already done. */
  setException(error: Error): void {
    notImplemented('Future.setException');
  }

  /** Cancels a pending future and returns true; true also if already cancelled; false if it finished. */
  cancel(): boolean {
    return notImplemented('Future.cancel');
  }

  /** True once cancel() succeeded. */
  cancelled(): boolean {
    return notImplemented('Future.cancelled');
  }

  /** True once the future has a result, an exception, or was cancelled. */
  done(): boolean {
    return notImplemented('Future.done');
  }

  /** Waits until done; resolves with the result, rejects with the exception, or with a CancelledError. */
  async result(): Promise<T> {
    return notImplemented('Future.result');
  }

  /** Calls `callback(this)` when the future is done (at once if it already is); callbacks run in the order added. */
  addDoneCallback(callback: (future: Future<T>) => void): void {
    notImplemented('Future.addDoneCallback');
  }
}

/** The results of all `futures`, in their order; rejects as soon as one of them fails or is cancelled. */
export async function gather<T>(futures: ReadonlyArray<Future<T>>): Promise<T[]> {
  return notImplemented('gather');
}

/** The distinct `futures`, each once, as they finish: the ones already done first, then in completion order. */
export function asCompleted<T>(futures: ReadonlyArray<Future<T>>): AsyncIterable<Future<T>> {
  return notImplemented('asCompleted');
}
