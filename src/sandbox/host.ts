import type { CheckRequest, Verdict } from './protocol';
import { type SandboxOptions, startSandbox } from './run-in-sandbox';

/** Messages between isolated-sandbox.ts and this host process. Plain data only. */
export interface HostRequest {
  readonly id: number;
  readonly request: CheckRequest;
  readonly options: Pick<SandboxOptions, 'stallMs' | 'startupMs' | 'quiet'>;
}
export type HostMessage =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'verdict'; readonly id: number; readonly verdict: Verdict }
  /** The last check's worker has exited: the host takes the next check. */
  | { readonly type: 'ready' }
  /** The last check's worker would not stop: the host ends itself (and the worker with it). */
  | { readonly type: 'retiring' };

/** How long a worker may take to stop after its verdict before the host gives up on it and ends itself. */
const exitGraceMs = 2000;

/**
 * The host process: runs checks one at a time in the sandbox (worker and watchdog), reporting progress and
 * each verdict. After a verdict it waits for the worker to exit before it says it is ready for the next: a
 * worker V8 will not interrupt would go on using CPU and memory beside the next check, so the host then ends
 * itself instead. That has to be SIGKILL: process.exit waits for every worker thread to stop, which this one
 * never does.
 */
if (process.send !== undefined) {
  const send = (message: HostMessage, then?: () => void): void => {
    process.send?.(message, undefined, undefined, () => then?.());
  };
  process.on('message', (message: HostRequest) => {
    const { id } = message;
    const check = startSandbox(message.request, {
      ...message.options,
      onProgress: (done, total) => send({ type: 'progress', id, done, total }),
    });
    void check.verdict.then(async (verdict) => {
      send({ type: 'verdict', id, verdict });
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([
        check.exited.then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), exitGraceMs))),
      ]);
      clearTimeout(timer);
      if (stopped) send({ type: 'ready' });
      else send({ type: 'retiring' }, () => process.kill(process.pid, 'SIGKILL'));
    });
  });
  // The parent went away (it ended, or gave up on this check): nothing is left to report to.
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
