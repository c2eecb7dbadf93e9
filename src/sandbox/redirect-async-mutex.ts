import Module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The explorer-controlled port of async-mutex 0.5 (async-mutex-shim.ts). */
const shim = join(__dirname, 'async-mutex-shim.ts');

interface ResolveHooks {
  registerHooks?: (hooks: {
    resolve: (specifier: string, context: unknown, nextResolve: (specifier: string, context: unknown) => unknown) => unknown;
  }) => unknown;
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
}

let redirected = false;

/**
 * Makes `import ... from 'async-mutex'` load the shim, in this process or worker thread, wherever the
 * importing file is: code judged under the explorer must get the same scrutiny whether it uses the kit or
 * async-mutex. The sandbox worker calls it before loading anything judged, and so does every tool that
 * judges in-process (bench, soak), or those would measure async-mutex code with the real library, whose
 * promises the explorer does not control. Idempotent.
 *
 * Node's documented module hooks where this Node has them (22.15 and later); Node 20 has none, so there the
 * resolver is wrapped instead, which is what tsx itself does.
 */
export function redirectAsyncMutex(): void {
  if (redirected) return;
  redirected = true;
  const loader = Module as unknown as ResolveHooks;
  if (typeof loader.registerHooks === 'function') {
    const shimUrl = pathToFileURL(shim).href;
    loader.registerHooks({
      resolve: (specifier, context, nextResolve) =>
        specifier === 'async-mutex' ? { url: shimUrl, shortCircuit: true } : nextResolve(specifier, context),
    });
  } else {
    const resolveFilename = loader._resolveFilename;
    loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
      return resolveFilename.call(this, request === 'async-mutex' ? shim : request, ...rest);
    };
  }
}
