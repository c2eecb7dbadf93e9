import { inspect } from 'node:util';
import { isNativeError } from 'node:util/types';

/**
 * A readable description of any value a learner's code may throw, for reports and the CLI.
 *
 * Invariant: never throws. Thrown values can be anything: objects without a prototype (no toString),
 * objects whose toString or custom inspect throws, proxies whose traps throw, symbols, Errors whose name
 * is not a string. Errors read "Name: message"; everything else reads as util.inspect shows it (depth 2,
 * no colours), so an object is shown with its contents, never as "[object Object]".
 */
export function describeValue(value: unknown): string {
  if (isError(value)) return describeError(value);
  return (
    attempt(() => inspect(value, { depth: 2, colors: false })) ??
    // A custom inspect function that throws: show the plain properties instead.
    attempt(() => inspect(value, { depth: 2, colors: false, customInspect: false })) ??
    attempt(() => Object.prototype.toString.call(value)) ??
    'a value that cannot be shown'
  );
}

/** True for Errors, including ones from another realm; never runs a proxy trap that could throw. */
function isError(value: unknown): value is Error {
  return isNativeError(value) || (attempt(() => value instanceof Error) ?? false);
}

function describeError(error: Error): string {
  const name = attempt(() => error.name);
  const message = attempt(() => error.message);
  const shownName =
    typeof name === 'string' && name !== '' ? name : (attempt(() => error.constructor.name) ?? '') || 'Error';
  const shownMessage = message === undefined || message === '' ? '' : typeof message === 'string' ? message : describeValue(message);
  return shownMessage === '' ? shownName : `${shownName}: ${shownMessage}`;
}

/** The value `get` returns, or undefined if it throws. */
function attempt<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
