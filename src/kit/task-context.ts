import { AsyncLocalStorage } from 'node:async_hooks';
import { promiseHooks } from 'node:v8';

/**
 * A value that follows the code's asynchronous flow (which task is running), as `AsyncLocalStorage` does:
 * code reads the value that was current when the promise it continues from was made.
 *
 * Why not always AsyncLocalStorage: before Node 24 it rides on async_hooks, which gives every promise an
 * async id, a resource lookup and a store copy; a profile of the explorer on Node 20 put that at a fifth of
 * its time (`promiseInitHook`, `lookupPublicResource`, `_propagate`, `trackPromise`). Node 24 and later
 * carry the value in V8's continuation data (AsyncContextFrame) at next to no cost, so there it is used as is.
 * Before that, this keeps the same rule with V8's promise hooks alone: a promise records the value current at
 * its creation, and its reactions run with it. Unlike async_hooks this does not follow `process.nextTick`, real
 * timers or I/O callbacks: the explorer runs every callback of code under test through its own virtual timers,
 * `queueMicrotask` and `nextTick`, which restore the value themselves with `run`.
 */
export interface TaskContext<T> {
  getStore(): T | undefined;
  run<R>(store: T, fn: () => R): R;
  /** The value `promise` was made under, if it is known (for an unhandled rejection, reported later). */
  storeOf(promise: Promise<unknown>): T | undefined;
}

export function taskContext<T>(): TaskContext<T> {
  const major = Number(process.versions.node.split('.')[0]);
  return major >= 24 ? new AsyncLocalContext<T>() : new PromiseHookContext<T>();
}

/** Exported for tests, which hold both implementations to one contract on every Node version. */
export class AsyncLocalContext<T> implements TaskContext<T> {
  private readonly storage = new AsyncLocalStorage<T>();

  getStore(): T | undefined {
    return this.storage.getStore();
  }

  run<R>(store: T, fn: () => R): R {
    return this.storage.run(store, fn);
  }

  storeOf(): T | undefined {
    return this.storage.getStore(); // Node emits 'unhandledRejection' in the rejected promise's context
  }
}

const STORE = Symbol('task context');
type Marked<T> = Promise<unknown> & { [STORE]?: T };

export class PromiseHookContext<T> implements TaskContext<T> {
  private current: T | undefined;
  /** Values to restore when the reactions running now return; a stack, since a reaction can run others' synchronously (never in V8, but cheap). */
  private readonly saved: Array<T | undefined> = [];
  private hooked = false;

  getStore(): T | undefined {
    return this.current;
  }

  run<R>(store: T, fn: () => R): R {
    if (!this.hooked) this.hook();
    const previous = this.current;
    this.current = store;
    try {
      return fn();
    } finally {
      this.current = previous;
    }
  }

  storeOf(promise: Promise<unknown>): T | undefined {
    return (promise as Marked<T>)[STORE];
  }

  /** Installed on first use: code that never runs under the explorer pays no hook on its promises. */
  private hook(): void {
    this.hooked = true;
    // Unnamed arrows and no closures per call: these run for every promise the process makes.
    promiseHooks.createHook({
      init: (promise) => {
        if (this.current !== undefined) (promise as Marked<T>)[STORE] = this.current;
      },
      before: (promise) => {
        this.saved.push(this.current);
        this.current = (promise as Marked<T>)[STORE];
      },
      after: () => {
        this.current = this.saved.pop();
      },
    });
  }
}
