/**
 * Progress signals for the watchdog in the parent thread. A busy-wait never returns to the scheduler, so the
 * parent notices the beat stop and terminates the worker; `running` then names the task that hogged the CPU.
 * The worker side is a function made from the shared buffer and handed to each run as its `onResume` hook.
 */
const BEAT = 0;
const RUNNING = 1;

export function heartbeatBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
}

/** The worker's side: call it whenever a task is resumed. */
export function heartbeatWriter(buffer: SharedArrayBuffer): (runningTask: number) => void {
  const cells = new Int32Array(buffer);
  return (runningTask) => {
    cells[BEAT] = (cells[BEAT] ?? 0) + 1;
    cells[RUNNING] = runningTask;
  };
}

export function readHeartbeat(buffer: SharedArrayBuffer): { beats: number; running: number } {
  const view = new Int32Array(buffer);
  return { beats: view[BEAT] ?? 0, running: view[RUNNING] ?? -1 };
}

/** Back to a new buffer's state (no beats), before a worker that judged a file judges the next. */
export function resetHeartbeat(buffer: SharedArrayBuffer): void {
  new Int32Array(buffer).fill(0);
}
