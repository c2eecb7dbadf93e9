import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { HostMessage, HostRequest } from './host';
import type { CheckRequest, Verdict } from './protocol';
import type { SandboxOptions } from './run-in-sandbox';
import { V8NoiseFilter } from './v8-noise';

const host = join(__dirname, 'host.cjs');

/**
 * Like runInSandbox, one process further out: the sandbox (worker and watchdog) runs in a child process whose
 * stderr passes through V8NoiseFilter. What V8 prints by itself (deep async recursion overflowing Node's
 * rejection hook) cannot be caught inside the process that prints it; here it is dropped, and nothing the
 * code under test does can take the caller's process down. Costs a process start (a few hundred ms), so the
 * CLI uses it, while the test suites, which run many checks, call runInSandbox directly.
 */
export function runIsolated(
  request: CheckRequest,
  options: SandboxOptions & { readonly stderr?: NodeJS.WritableStream } = {},
): Promise<Verdict> {
  const child = fork(host, [], { stdio: ['inherit', 'inherit', 'pipe', 'ipc'], execArgv: [] });
  child.stderr?.pipe(new V8NoiseFilter()).pipe(options.stderr ?? process.stderr, { end: false });
  return new Promise<Verdict>((resolve, reject) => {
    let settled = false;
    const settle = (verdict: Verdict | undefined, error?: Error): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      if (child.exitCode === null) child.kill();
      if (verdict !== undefined) resolve(verdict);
      else reject(error ?? new Error('no verdict'));
    };
    const abort = (): void => {
      const reason: unknown = options.signal?.reason;
      settle(undefined, reason instanceof Error ? reason : new Error('the check was cancelled'));
    };
    options.signal?.addEventListener('abort', abort);
    if (options.signal?.aborted === true) abort();
    child.on('message', (message: HostMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.done, message.total);
      else settle(message.verdict);
    });
    child.on('error', (error) => settle({ status: 'error', message: `the checker could not start: ${error.message}` }));
    child.on('exit', (code, signal) =>
      settle({ status: 'error', message: `the checker stopped unexpectedly (${signal === null ? `exit code ${code ?? '?'}` : `signal ${signal}`})` }),
    );
    const message: HostRequest = {
      request,
      options: {
        ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }),
        ...(options.startupMs === undefined ? {} : { startupMs: options.startupMs }),
        ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
      },
    };
    child.send(message);
  });
}
