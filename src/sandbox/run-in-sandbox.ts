import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { heartbeatBuffer, readHeartbeat } from '../explorer/heartbeat';
import { threadCpuClock } from './thread-cpu';
import type { CheckRequest, Verdict, WorkerMessage } from './protocol';
import { allocatingLoopMb, memoryVerdict, type Naming, stallVerdict, vitalsVerdict } from './stop-verdicts';
import { Phase, readVitals, vitalsBuffer } from './vitals';

export interface SandboxOptions {
  /** A task that runs this long without reaching a scheduling point is declared stuck. */
  readonly stallMs?: number;
  /** Time allowed for compiling and loading before the first schedule. */
  readonly startupMs?: number;
  /** Silence console output of the code under test (exploring runs it thousands of times). */
  readonly quiet?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting stops the check at once (the worker is terminated); the promise rejects with the abort reason. */
  readonly signal?: AbortSignal;
}

/**
 * The memory the code under test may use. The watchdog stops the check when the process's resident memory
 * has grown by this much since the check started (fast: a reference solution grows it by well under 50 MB,
 * and the test catches Buffers too).
 */
export const memoryLimitMb = 512;

/**
 * The worker's own heap limit, only a backstop for growth that freed memory the process kept hides from the
 * watchdog. It must never be what stops a check: V8 enforces a worker's heap limit on a best-effort basis,
 * and from Node 24 a worker that reaches it while pushing onto one array aborts the whole process ("Reached
 * heap limit", exit 134; nodejs/node#47224). Terminating a worker takes effect at its next interrupt check,
 * so the watchdog's limit needs headroom below this one: a loop allocates ~500 MB/s on a fast machine, and
 * the watchdog samples every 100 ms.
 */
const workerHeapLimitMb = 4 * memoryLimitMb;
const MB = 1024 * 1024;

const bootstrap = join(__dirname, 'bootstrap.cjs');

/**
 * How much longer than its limit the worker may go without a beat in wall-clock time when its CPU time is
 * known: a worker blocked in a synchronous call uses no CPU, so only the wall clock would ever catch it.
 */
const WALL_FACTOR = 5;

/**
 * Judges a file in a worker thread under a watchdog. The worker beats a shared counter whenever it resumes a
 * task; if the beat stops for `stallMs`, a task is spinning without yielding (a synchronous busy-wait or a
 * microtask loop), which no code inside the worker could interrupt, so the worker is terminated and the
 * verdict names the task that was running. The watchdog also stops the worker when it outgrows its memory,
 * and names what the file did to the process (process.exit, a replaced global) as the cause of the verdict.
 */
export function runInSandbox(request: CheckRequest, options: SandboxOptions = {}): Promise<Verdict> {
  return startSandbox(request, options).verdict;
}

/** A check under way: its verdict, and whether its worker thread has stopped since. */
export interface SandboxCheck {
  readonly verdict: Promise<Verdict>;
  /**
   * Settles when the worker thread has exited. Usually within milliseconds of the verdict, but V8 does not
   * always honour a termination: on Node 24 and 26 a loop of `new Array(n).fill(x)` never checks for it, and
   * the thread runs on until the process ends. Only a process of its own (IsolatedSandbox) can then stop it.
   */
  readonly exited: Promise<void>;
}

/** runInSandbox, also telling when the worker thread has exited. */
export function startSandbox(request: CheckRequest, options: SandboxOptions = {}): SandboxCheck {
  const stallMs = options.stallMs ?? 3000;
  const startupMs = options.startupMs ?? 20_000;
  const heartbeat = heartbeatBuffer();
  const vitals = vitalsBuffer();
  const residentAtStart = process.memoryUsage.rss();
  const worker = new Worker(bootstrap, {
    workerData: { request, heartbeat, vitals, quiet: options.quiet ?? true },
    resourceLimits: { maxOldGenerationSizeMb: workerHeapLimitMb },
  });
  const naming: { -readonly [K in keyof Naming]: Naming[K] } = {
    taskNames: [],
    implName: undefined,
    caseLabel: '',
  };
  let started = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const verdict = new Promise<Verdict>((resolve, reject) => {
    let lastBeats = -1;
    let lastChange = Date.now();
    /** The worker thread's CPU time in ms, once it told its thread id (Linux); else the wall clock is used. */
    let workerCpu: (() => number | undefined) | undefined;
    let cpuAtLastChange: number | undefined;
    let residentAtLastBeat = residentAtStart;
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearInterval(watchdog);
      options.signal?.removeEventListener('abort', abort);
      void worker.terminate();
      return true;
    };
    /** What the file did to the process outranks whatever verdict it led to. */
    const settle = (verdict: Verdict): void => {
      const cause = vitalsVerdict(readVitals(vitals), naming);
      if (finish()) resolve(cause ?? verdict);
    };
    const abort = (): void => {
      const reason: unknown = options.signal?.reason;
      if (finish()) reject(reason instanceof Error ? reason : new Error('the check was cancelled'));
    };
    const place = (): { phase: Phase; task: number } => ({ phase: readVitals(vitals).phase, task: readHeartbeat(heartbeat).running });
    const outOfMemory = (): void => {
      // A loop that never reached a scheduling point: no beat for a while, or most of the growth since the
      // last beat (a fast machine fills the limit in well under a second, so time alone is not the test).
      const beating = readHeartbeat(heartbeat).beats !== lastBeats;
      const grewSinceBeat = process.memoryUsage.rss() - residentAtLastBeat;
      const stalled = !beating && (Date.now() - lastChange >= Math.min(1000, stallMs) || grewSinceBeat >= allocatingLoopMb * MB);
      settle(memoryVerdict(place(), stalled, memoryLimitMb, naming));
    };
    const watchdog = setInterval(() => {
      const { beats } = readHeartbeat(heartbeat);
      const resident = process.memoryUsage.rss();
      if (resident - residentAtStart > memoryLimitMb * MB) {
        outOfMemory();
        return;
      }
      const now = Date.now();
      if (beats !== lastBeats) {
        lastBeats = beats;
        lastChange = now;
        cpuAtLastChange = workerCpu?.();
        residentAtLastBeat = resident;
        if (beats > 0) started = true;
        return;
      }
      // Once the file has loaded, a constructor that never returns is as stuck as a task that never yields.
      const where = place();
      const limit = started || where.phase >= Phase.Setup ? stallMs : startupMs;
      // In CPU time where it can be read: a spinning task burns it, a loaded machine only stretches the wall clock.
      const cpuNow = workerCpu?.();
      const stalled =
        cpuNow === undefined || cpuAtLastChange === undefined
          ? now - lastChange >= limit
          : cpuNow - cpuAtLastChange >= limit || now - lastChange >= limit * WALL_FACTOR;
      if (!stalled) return;
      const grewMb = Math.max(0, Math.round((resident - residentAtLastBeat) / MB));
      settle(stallVerdict(where, Math.round(limit / 1000), grewMb, naming));
    }, 100);
    options.signal?.addEventListener('abort', abort);
    if (options.signal?.aborted === true) abort();
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'case':
          naming.taskNames = message.taskNames;
          naming.caseLabel = message.label;
          break;
        case 'thread':
          workerCpu = threadCpuClock(message.id);
          cpuAtLastChange = workerCpu();
          break;
        case 'loaded':
          naming.implName = message.name;
          break;
        case 'progress':
          options.onProgress?.(message.done, message.total);
          break;
        case 'verdict':
          settle(message.verdict);
          break;
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory();
      else settle({ status: 'error', message: `the checker crashed: ${error.message}` });
    });
    worker.on('exit', (code) => settle({ status: 'error', message: `the checker stopped unexpectedly (exit code ${code})` }));
  });
  return { verdict, exited };
}
