import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { heartbeatBuffer, readHeartbeat } from '../explorer/heartbeat';
import type { CheckRequest, Verdict, WorkerMessage } from './protocol';

export interface SandboxOptions {
  /** A task that runs this long without reaching a scheduling point is declared stuck. */
  readonly stallMs?: number;
  /** Time allowed for compiling and loading before the first schedule. */
  readonly startupMs?: number;
  /** Silence console output of the code under test (exploring runs it thousands of times). */
  readonly quiet?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

const bootstrap = join(__dirname, 'bootstrap.cjs');

/**
 * Judges a file in a worker thread under a watchdog. The worker beats a shared counter whenever it resumes a
 * task; if the beat stops for `stallMs`, a task is spinning without yielding (a synchronous busy-wait or a
 * microtask loop), which no code inside the worker could interrupt, so the worker is terminated and the
 * verdict names the task that was running.
 */
export function runInSandbox(request: CheckRequest, options: SandboxOptions = {}): Promise<Verdict> {
  const stallMs = options.stallMs ?? 3000;
  const startupMs = options.startupMs ?? 20_000;
  const heartbeat = heartbeatBuffer();
  const worker = new Worker(bootstrap, {
    workerData: { request, heartbeat, quiet: options.quiet ?? true },
  });
  let taskNames: readonly string[] = [];
  let caseLabel = '';
  let started = false;

  return new Promise<Verdict>((resolve) => {
    let lastBeats = -1;
    let lastChange = Date.now();
    let settled = false;
    const settle = (verdict: Verdict): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(verdict);
    };
    const watchdog = setInterval(() => {
      const { beats, running } = readHeartbeat(heartbeat);
      const now = Date.now();
      if (beats !== lastBeats) {
        lastBeats = beats;
        lastChange = now;
        if (beats > 0) started = true;
        return;
      }
      const limit = started ? stallMs : startupMs;
      if (now - lastChange < limit) return;
      const seconds = (limit / 1000).toFixed(0);
      if (!started) {
        settle({ status: 'hang', message: `the file did not finish loading within ${seconds} s (an endless loop at the top level?)` });
        return;
      }
      const task = taskNames[running] ?? `task ${running}`;
      settle({
        status: 'hang',
        message:
          `${task} ran for ${seconds} s without reaching a scheduling point` +
          (caseLabel === '' ? '' : ` (case: ${caseLabel})`) +
          ': a busy-wait such as `while (!done) {}` or a loop of `await Promise.resolve()` never lets another task run. ' +
          'Wait on a kit primitive (Event, Semaphore, Condition) or sleep() instead.',
      });
    }, 100);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'case') {
        taskNames = message.taskNames;
        caseLabel = message.label;
      } else if (message.type === 'progress') {
        options.onProgress?.(message.done, message.total);
      } else {
        settle(message.verdict);
      }
    });
    worker.on('error', (error) => settle({ status: 'error', message: `the checker crashed: ${error.message}` }));
    worker.on('exit', (code) => settle({ status: 'error', message: `the checker stopped unexpectedly (exit code ${code})` }));
  });
}
