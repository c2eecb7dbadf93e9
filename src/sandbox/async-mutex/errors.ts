import { dirname, join } from 'node:path';

/**
 * async-mutex's own error objects, not look-alikes: learner code compares identities (`error === E_TIMEOUT`),
 * and code that reaches both the shim and the real package (a test, a helper outside the sandbox) must see the
 * same objects. Loaded by path, because the sandbox redirects the bare name 'async-mutex' to the shim itself,
 * and the package's `exports` hide `lib/errors` from a subpath import.
 */
interface LibraryErrors {
  readonly E_TIMEOUT: Error;
  readonly E_ALREADY_LOCKED: Error;
  readonly E_CANCELED: Error;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a file of the package, by path (see above)
const library = require(join(dirname(require.resolve('async-mutex/package.json')), 'lib', 'errors.js')) as LibraryErrors;

export const { E_TIMEOUT, E_ALREADY_LOCKED, E_CANCELED } = library;
