/**
 * What the sandbox worker tells its watchdog through shared memory, readable even while the worker is stuck
 * in a loop that never returns to its event loop (a message would never be sent then):
 * - the phase: loading the file, creating the kata's object (the constructor), or running tasks;
 * - that the code under test called process.exit, and with which code;
 * - that it replaced a global the explorer relies on, and which.
 * Where it happened is recorded as the phase and the running task (from the explorer's heartbeat).
 */

export const Phase = {
  /** Loading the spec and the file under test (its top-level code runs now). */
  Loading: 0,
  /** The file loaded and exports the contract; exploring has not created an object yet. */
  Loaded: 1,
  /** A scenario is setting up: the kata's object is being created (the learner's constructor runs). */
  Setup: 2,
  /** Tasks are running. */
  Tasks: 3,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** The globals the explorer needs as they are; replacing one is reported as the cause of whatever follows. */
export const guardedGlobals = ['Promise', 'queueMicrotask', 'setImmediate'] as const;
export type GuardedGlobal = (typeof guardedGlobals)[number];

const PHASE = 0;
const EXIT_CALLED = 1;
const EXIT_CODE = 2;
const EXIT_PHASE = 3;
const EXIT_TASK = 4;
const REPLACED = 5; // index + 1 into guardedGlobals; 0: none
const REPLACED_PHASE = 6;
const REPLACED_TASK = 7;
const CELLS = 8;

export function vitalsBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT);
}

/** Back to a file loading with nothing recorded, before a worker that judged a file judges the next. */
export function resetVitals(buffer: SharedArrayBuffer): void {
  const cells = new Int32Array(buffer);
  for (let index = 0; index < CELLS; index += 1) Atomics.store(cells, index, 0);
}

/** Where something happened: the phase, and the task running then (-1 if none had run yet). */
export interface Place {
  readonly phase: Phase;
  readonly task: number;
}

export interface Vitals {
  readonly phase: Phase;
  readonly exit?: Place & { readonly code: number };
  readonly replaced?: Place & { readonly global: GuardedGlobal };
}

export function readVitals(buffer: SharedArrayBuffer): Vitals {
  const cells = new Int32Array(buffer);
  const at = (index: number): number => Atomics.load(cells, index);
  const replaced = guardedGlobals[at(REPLACED) - 1];
  return {
    phase: at(PHASE) as Phase,
    ...(at(EXIT_CALLED) === 1 ? { exit: { code: at(EXIT_CODE), phase: at(EXIT_PHASE) as Phase, task: at(EXIT_TASK) } } : {}),
    ...(replaced === undefined ? {} : { replaced: { global: replaced, phase: at(REPLACED_PHASE) as Phase, task: at(REPLACED_TASK) } }),
  };
}

/** The worker's side: writes what happened. Only the first exit and the first replaced global are kept. */
export class VitalsWriter {
  private readonly cells: Int32Array;

  constructor(
    buffer: SharedArrayBuffer,
    /** The task running now, as the explorer's heartbeat says. */
    private readonly runningTask: () => number,
  ) {
    this.cells = new Int32Array(buffer);
  }

  enter(phase: Phase): void {
    Atomics.store(this.cells, PHASE, phase);
  }

  exitCalled(code: number): void {
    if (Atomics.compareExchange(this.cells, EXIT_CALLED, 0, 1) !== 0) return;
    this.mark(EXIT_CODE, code, EXIT_PHASE, EXIT_TASK);
  }

  globalReplaced(global: GuardedGlobal): void {
    if (Atomics.compareExchange(this.cells, REPLACED, 0, guardedGlobals.indexOf(global) + 1) !== 0) return;
    this.mark(undefined, 0, REPLACED_PHASE, REPLACED_TASK);
  }

  private mark(valueCell: number | undefined, value: number, phaseCell: number, taskCell: number): void {
    if (valueCell !== undefined) Atomics.store(this.cells, valueCell, value);
    Atomics.store(this.cells, phaseCell, Atomics.load(this.cells, PHASE));
    Atomics.store(this.cells, taskCell, this.runningTask());
  }
}
