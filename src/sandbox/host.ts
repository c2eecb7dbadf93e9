import type { CheckRequest, Verdict } from './protocol';
import { runInSandbox, type SandboxOptions } from './run-in-sandbox';

/** Messages between run-isolated.ts and this host process. Plain data only. */
export interface HostRequest {
  readonly request: CheckRequest;
  readonly options: Pick<SandboxOptions, 'stallMs' | 'startupMs' | 'quiet'>;
}
export type HostMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'verdict'; readonly verdict: Verdict };

/** The host process: runs one check in the sandbox (worker and watchdog), reports progress and the verdict. */
if (process.send !== undefined) {
  const send = (message: HostMessage, then?: () => void): void => {
    process.send?.(message, undefined, undefined, () => then?.());
  };
  process.once('message', (message: HostRequest) => {
    void runInSandbox(message.request, { ...message.options, onProgress: (done, total) => send({ type: 'progress', done, total }) }).then(
      (verdict) => send({ type: 'verdict', verdict }, () => process.disconnect()),
    );
  });
}
