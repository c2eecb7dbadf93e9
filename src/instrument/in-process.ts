import { repoRoot } from '../repo-root';
import { installTimeSources } from '../explorer/time-sources';
import { registerInstrumentation } from './loader';
import { installInstrumentRuntime } from './runtime';
import { redirectAsyncMutex } from '../sandbox/redirect-async-mutex';

let done = false;

/**
 * Makes this process judge files as the sandbox does: judged files loaded from now on are instrumented,
 * `async-mutex` is the explorer-controlled shim, and every time source is virtual inside runs. For tools
 * that explore in-process (bench, soak), so they measure the same search `npm test` runs. Needs tsx's require hook (run under tsx). Idempotent.
 */
export function judgeInProcess(): void {
  if (done) return;
  done = true;
  registerInstrumentation(repoRoot);
  installInstrumentRuntime();
  redirectAsyncMutex();
  installTimeSources();
}
