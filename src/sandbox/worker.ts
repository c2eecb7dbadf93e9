import { parentPort, workerData } from 'node:worker_threads';
import { heartbeatWriter } from '../explorer/heartbeat';
import { judge } from './judge';
import type { CheckRequest, WorkerMessage } from './protocol';

/** The sandbox worker: judges one request and posts the verdict. Started by bootstrap.cjs. */
const { request, heartbeat, quiet } = workerData as { request: CheckRequest; heartbeat: SharedArrayBuffer; quiet: boolean };
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

if (quiet) {
  // Thousands of schedules would repeat the learner's logging thousands of times; a replay keeps it.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;
}
judge(request, {
  onCase: (label, taskNames) => post({ type: 'case', label, taskNames }),
  onProgress: (done, total) => post({ type: 'progress', done, total }),
  onResume: heartbeatWriter(heartbeat),
}).then(
  (verdict) => post({ type: 'verdict', verdict }),
  (error: unknown) =>
    post({ type: 'verdict', verdict: { status: 'error', message: `the checker itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` } }),
);
