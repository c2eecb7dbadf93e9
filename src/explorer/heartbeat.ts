/**
 * Progress signals for the watchdog in the parent thread. A busy-wait never returns to the scheduler, so the
 * parent notices the beat stop and terminates the worker; `running` then names the task that hogged the CPU.
 * Without a shared buffer (in-process use) beating is a no-op.
 */
const BEAT = 0;
const RUNNING = 1;
let cells: Int32Array | undefined;

export function attachHeartbeat(buffer: SharedArrayBuffer): void {
  cells = new Int32Array(buffer);
}

export function heartbeatBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
}

/** Called whenever a task is resumed. */
export function beat(runningTask: number): void {
  if (cells === undefined) return;
  cells[BEAT] = (cells[BEAT] ?? 0) + 1;
  cells[RUNNING] = runningTask;
}

export function readHeartbeat(buffer: SharedArrayBuffer): { beats: number; running: number } {
  const view = new Int32Array(buffer);
  return { beats: view[BEAT] ?? 0, running: view[RUNNING] ?? -1 };
}
