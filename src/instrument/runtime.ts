import { isControlled, schedulingContext } from '../kit/scheduling';
import { TaskScheduling } from '../explorer/run';

/**
 * What instrumented code calls at each continuation (see instrument-source.ts). Under the explorer each
 * awaited promise parks the awaiting flow, and the flow resumes only when the scheduler chooses it, so any
 * other ready task may run first: exactly the freedom the event loop has when several continuations are
 * ready in the same tick. Outside the explorer every helper is the identity, and the code runs as written.
 *
 * Promises the kit already resumes through a scheduling point of its own (`controlled`) pass through, so
 * kit, async-mutex and plain-promise code get the same scrutiny without double points.
 */
export const RUNTIME_KEY = Symbol.for('concurrency-katas.instrument');

/** The calling task's scheduling and the point's location; undefined outside the explorer. */
type Scope = { readonly scheduling: TaskScheduling; readonly where: string } | undefined;

/** Records where the calling task stands; returns its scope (undefined outside the explorer). */
function at(where: string): Scope {
  const store = schedulingContext.getStore();
  if (!(store instanceof TaskScheduling)) return undefined;
  store.standAt(where);
  return { scheduling: store, where };
}

/**
 * The awaited value, or a promise of it that settles when the scheduler resumes the awaiting flow. The
 * location is recorded again: evaluating the awaited expression may have run other awaits of the same task
 * (`await this.helper()` parks inside helper first), and this flow waits here, not there.
 */
function awaitPoint(scope: Scope, value: unknown): unknown {
  if (scope === undefined || isControlled(value)) return value;
  scope.scheduling.standAt(scope.where);
  return scope.scheduling.gate(value);
}

/**
 * The receiver of `.then/.catch/.finally`: a native promise is gated, so its callbacks run at a point. Given
 * the callee as written (`prev.then`), a receiver without that method throws the TypeError plain Node would,
 * which names the learner's expression; V8 would otherwise describe the rewritten call instead.
 */
function thenPoint(scope: Scope, receiver: unknown, callee?: string): unknown {
  if (callee !== undefined && !(receiver instanceof Promise)) failLikeNode(receiver, callee);
  if (scope === undefined || !(receiver instanceof Promise) || isControlled(receiver)) return receiver;
  scope.scheduling.standAt(scope.where);
  return scope.scheduling.gate(receiver);
}

function failLikeNode(receiver: unknown, callee: string): void {
  const method = callee.slice(callee.lastIndexOf('.') + 1);
  if (receiver === null || receiver === undefined) {
    throw new TypeError(`Cannot read properties of ${String(receiver)} (reading '${method}')`);
  }
  if (typeof (receiver as Record<string, unknown>)[method] !== 'function') throw new TypeError(`${callee} is not a function`);
}

interface AnyIterator {
  next(value?: unknown): unknown;
  return?(value?: unknown): unknown;
  throw?(error?: unknown): unknown;
}

/** Wraps the iterable of a `for await` so that every step (next, return, throw) is a scheduling point. */
function iterate(where: string, iterable: unknown): unknown {
  const scope = at(where)?.scheduling;
  if (scope === undefined || iterable === null || iterable === undefined) return iterable;
  const source = iterable as { [Symbol.asyncIterator]?: () => AnyIterator; [Symbol.iterator]?: () => AnyIterator };
  const asyncFactory = source[Symbol.asyncIterator];
  const syncFactory = source[Symbol.iterator];
  if (typeof asyncFactory !== 'function' && typeof syncFactory !== 'function') return iterable;
  const step = (result: unknown): unknown => {
    scope.standAt(where);
    return scope.gate(result);
  };
  return {
    [Symbol.asyncIterator]() {
      if (typeof asyncFactory === 'function') {
        const inner = asyncFactory.call(iterable);
        return {
          next: (value?: unknown) => step(inner.next(value)),
          return: (value?: unknown) => step(inner.return?.(value) ?? { done: true, value }),
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- rethrows whatever was thrown in
          throw: (error?: unknown) => (inner.throw === undefined ? Promise.reject(error) : step(inner.throw(error))),
        };
      }
      // `for await` over a sync iterable awaits each value it yields.
      const inner = (syncFactory as () => AnyIterator).call(iterable);
      const settle = (result: unknown): unknown => {
        const { value, done } = result as { value: unknown; done?: boolean };
        return step(Promise.resolve(value).then((settled) => ({ value: settled, done: done === true })));
      };
      return {
        next: (value?: unknown) => settle(inner.next(value)),
        return: (value?: unknown) => settle(inner.return?.(value) ?? { done: true, value }),
      };
    },
  };
}

export const instrumentRuntime = { at, await: awaitPoint, then: thenPoint, iterate };

/** Makes the runtime available to instrumented code (idempotent). */
export function installInstrumentRuntime(): void {
  (globalThis as Record<symbol, unknown>)[RUNTIME_KEY] = instrumentRuntime;
}
