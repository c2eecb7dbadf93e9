import type { CheckRequest, Verdict } from './protocol';
import { type SandboxOptions, SandboxWorker } from './run-in-sandbox';

/** Messages between isolated-sandbox.ts and this host process. Plain data only. */
export interface HostRequest {
  readonly id: number;
  readonly request: CheckRequest;
  readonly options: Pick<SandboxOptions, 'stallMs' | 'startupMs' | 'quiet'>;
}
export type HostMessage =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'verdict'; readonly id: number; readonly verdict: Verdict }
  /** The last check's worker has exited, or is kept fit for the next: the host takes the next check. */
  | { readonly type: 'ready' }
  /** The last check's worker would not stop: the host ends itself (and the worker with it). */
  | { readonly type: 'retiring' };

/** How long a worker may take to stop after its verdict before the host gives up on it and ends itself. */
const exitGraceMs = 2000;

/** Ends a worker and waits for its thread to stop: false if it did not within the grace period. */
async function stopped(worker: SandboxWorker): Promise<boolean> {
  worker.end();
  let timer: NodeJS.Timeout | undefined;
  const exited = await Promise.race([
    worker.exited.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), exitGraceMs))),
  ]);
  clearTimeout(timer);
  return exited;
}

/**
 * The host process: runs checks one at a time in the sandbox (worker and watchdog), reporting progress and
 * each verdict. After a verdict it waits for the worker to exit before it says it is ready for the next: a
 * worker V8 will not interrupt would go on using CPU and memory beside the next check, so the host then ends
 * itself instead. That has to be SIGKILL: process.exit waits for every worker thread to stop, which this one
 * never does. A worker whose verdict left it fit (SandboxWorker) is kept for the next check instead.
 */
if (process.send !== undefined) {
  const send = (message: HostMessage, then?: () => void): void => {
    process.send?.(message, undefined, undefined, () => then?.());
  };
  const retire = (): void => send({ type: 'retiring' }, () => process.kill(process.pid, 'SIGKILL'));
  /** A worker left fit by the last check, for the next one. */
  let kept: SandboxWorker | undefined;
  process.on('message', (message: HostRequest) => {
    const { id, request, options } = message;
    void (async () => {
      const worker = kept?.fit === true ? kept : new SandboxWorker();
      kept = undefined;
      const verdict = await worker.check(request, {
        ...options,
        onProgress: (done, total) => send({ type: 'progress', id, done, total }),
      });
      send({ type: 'verdict', id, verdict });
      if (worker.fit) kept = worker;
      else if (!(await stopped(worker))) return retire();
      send({ type: 'ready' });
    })();
  });
  // The parent went away (it ended, or gave up on this check): nothing is left to report to.
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
