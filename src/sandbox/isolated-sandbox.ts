import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { HostMessage, HostRequest } from './host';
import type { CheckRequest, Verdict } from './protocol';
import type { SandboxOptions } from './run-in-sandbox';
import { V8NoiseFilter } from './v8-noise';

const host = join(__dirname, 'host.cjs');

/** The check a host is running: where its messages go. */
interface Pending {
  readonly id: number;
  readonly child: ChildProcess;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
  readonly onVerdict: (verdict: Verdict) => void;
  /** The host is ready for another check (it said so, or it ended). */
  readonly onIdle: () => void;
}

/**
 * The sandbox one process further out: checks run one at a time in a host process (src/sandbox/host.ts) that
 * owns the worker and its watchdog, and whose stderr passes through V8NoiseFilter. Three things only a
 * process boundary gives:
 * - what V8 prints by itself (deep async recursion overflowing Node's rejection hook) can be dropped;
 * - a worker V8 will not terminate (Node 24 and 26, `new Array(n).fill(x)` in a loop) ends with its host
 *   instead of spinning and growing beside the next check until the whole process aborts;
 * - nothing the code under test does can take the caller's process down.
 * The host starts on first use and serves the next check too (starting one costs a few hundred ms), unless it
 * retired, crashed or was cancelled; so does its worker thread, when its last verdict left it fit
 * (SandboxWorker). It does not keep the caller's process alive while idle.
 */
export class IsolatedSandbox {
  private child: ChildProcess | undefined;
  private pending: Pending | undefined;
  /** Checks in the order they were asked for: each starts when the one before has left the host idle. */
  private line: Promise<void> = Promise.resolve();
  private nextId = 0;

  constructor(private readonly stderr: NodeJS.WritableStream = process.stderr) {}

  /** Judges a file; aborting `options.signal` ends the host at once and rejects with the reason. */
  run(request: CheckRequest, options: SandboxOptions = {}): Promise<Verdict> {
    return new Promise<Verdict>((resolve, reject) => {
      this.line = this.line.then(() => this.runNow(request, options, resolve, reject));
    });
  }

  /** Ends the host process, if one is running. */
  close(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  /** Sends one check to the host; settles when the host is idle again (never rejects). */
  private runNow(
    request: CheckRequest,
    options: SandboxOptions,
    resolve: (verdict: Verdict) => void,
    reject: (reason: Error) => void,
  ): Promise<void> {
    return new Promise<void>((idle) => {
      const abort = (): void => {
        const reason: unknown = options.signal?.reason;
        this.pending = undefined;
        this.close();
        reject(reason instanceof Error ? reason : new Error('the check was cancelled'));
        idle();
      };
      if (options.signal?.aborted === true) return abort();
      options.signal?.addEventListener('abort', abort);
      const child = this.host();
      child.ref();
      child.channel?.ref();
      const id = this.nextId++;
      this.pending = {
        id,
        child,
        onProgress: options.onProgress,
        onVerdict: (verdict) => {
          options.signal?.removeEventListener('abort', abort);
          resolve(verdict);
        },
        onIdle: () => {
          options.signal?.removeEventListener('abort', abort);
          child.unref();
          child.channel?.unref();
          idle();
        },
      };
      const message: HostRequest = {
        id,
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

  /** The running host, started if there is none. */
  private host(): ChildProcess {
    if (this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null) return this.child;
    // Structured clone, not JSON: requests carry Infinity (the suites' unlimited time budget).
    const child = fork(host, [], { stdio: ['inherit', 'inherit', 'pipe', 'ipc'], execArgv: [], serialization: 'advanced' });
    child.stderr?.pipe(new V8NoiseFilter()).pipe(this.stderr, { end: false });
    const mine = (): Pending | undefined => (this.pending?.child === child ? this.pending : undefined);
    child.on('message', (message: HostMessage) => {
      const pending = mine();
      if (pending === undefined) return;
      switch (message.type) {
        case 'progress':
          if (message.id === pending.id) pending.onProgress?.(message.done, message.total);
          break;
        case 'verdict':
          if (message.id === pending.id) pending.onVerdict(message.verdict);
          break;
        case 'ready':
          this.pending = undefined;
          pending.onIdle();
          break;
        case 'retiring':
          break; // its exit follows
      }
    });
    const ended = (verdict: Verdict): void => {
      if (this.child === child) this.child = undefined;
      const pending = mine();
      if (pending === undefined) return;
      this.pending = undefined;
      pending.onVerdict(verdict); // no effect if the verdict came before
      pending.onIdle();
    };
    child.on('error', (error) => ended({ status: 'error', message: `the checker could not start: ${error.message}` }));
    child.on('exit', (code, signal) =>
      ended({
        status: 'error',
        message: `the checker stopped unexpectedly (${signal === null ? `exit code ${code ?? '?'}` : `signal ${signal}`})`,
      }),
    );
    this.child = child;
    return child;
  }
}

/** One check in a host process of its own, ended afterwards (the CLI's single checks). */
export async function runIsolated(
  request: CheckRequest,
  options: SandboxOptions & { readonly stderr?: NodeJS.WritableStream } = {},
): Promise<Verdict> {
  const sandbox = new IsolatedSandbox(options.stderr);
  try {
    return await sandbox.run(request, options);
  } finally {
    sandbox.close();
  }
}
