import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { heartbeatBuffer, readHeartbeat, resetHeartbeat } from '../explorer/heartbeat';
import { threadCpuClock } from './thread-cpu';
import type { CheckMessage, CheckRequest, Verdict, WorkerMessage } from './protocol';
import { allocatingLoopMb, memoryVerdict, type Naming, stallVerdict, vitalsVerdict } from './stop-verdicts';
import { Phase, readVitals, resetVitals, vitalsBuffer } from './vitals';

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
 * How long, in the worker's CPU time, a task may run without reaching a scheduling point before the watchdog
 * calls it stuck (a learner's check). A correct solution's steps are far shorter: over all 356 judged files
 * (`dev verdicts`, Node 20, 24 and 26, 2026-12-04) the watchdog, sampling every 100 ms, never once saw a
 * check go a whole sample without a beat, except the busy-wait mutant's. So a second is a wide margin even
 * on a machine several times slower, and a learner's busy-wait gets its verdict a second after it starts.
 */
export const STALL_MS = 1_000;

/**
 * The limit where files are judged in bulk (`npm test`, `dev verdicts`), with judges sharing a machine that
 * may be slower and busier than a learner's: twice the learner's. Only a task that truly never yields is
 * stuck, and the one mutant that busy-waits (print-in-order's) costs this long.
 */
export const BULK_STALL_MS = 2_000;

/**
 * The least wall-clock limit where the worker's CPU time cannot be read (off Linux): the wall clock also
 * counts the time a busy machine gives to other processes, so it cannot be as tight as a CPU-time limit.
 */
const WALL_ONLY_MIN_MS = 3_000;

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
 * How long the worker has gone without a beat, once that is past its limit (undefined before): in CPU time
 * where it can be read (a spinning task burns it, a loaded machine only stretches the wall clock), with the
 * wall clock as the fallback for a worker blocked in a synchronous call, or as the only clock.
 */
export function pastLimit(limitMs: number, cpuSinceBeatMs: number | undefined, wallSinceBeatMs: number): number | undefined {
  if (cpuSinceBeatMs === undefined) {
    const wallLimit = Math.max(limitMs, WALL_ONLY_MIN_MS);
    return wallSinceBeatMs >= wallLimit ? wallLimit : undefined;
  }
  if (cpuSinceBeatMs >= limitMs) return limitMs;
  return wallSinceBeatMs >= limitMs * WALL_FACTOR ? limitMs * WALL_FACTOR : undefined;
}

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

/** runInSandbox, also telling when the worker thread has exited (it is ended after this one check). */
export function startSandbox(request: CheckRequest, options: SandboxOptions = {}): SandboxCheck {
  const worker = new SandboxWorker();
  const verdict = worker.check(request, options);
  void verdict.then(
    () => worker.end(),
    () => worker.end(),
  );
  return { verdict, exited: worker.exited };
}

type ThreadFailure = { readonly outOfMemory: true } | { readonly outOfMemory: false; readonly verdict: Verdict };

/**
 * A sandbox worker thread that can judge several files, one after another: a check that ends in a verdict the
 * explorer reached (pass or fail) leaves it fit for the next, which saves the ~0.25 s a worker takes to start
 * and load the explorer. Anything else (the watchdog stopped it, the file did something to the process, the
 * checker failed) ends it. Each check loads the judged files afresh from disk (the worker drops them from
 * Node's module cache first). A file that changed the realm (a global, or a property of a built-in or its
 * prototype: realm-fingerprint.ts) ends it too, after its own verdict, so it cannot reach the next file.
 * Not compared: state inside a global's value, and module state of the workbook's own code.
 */
export class SandboxWorker {
  private readonly heartbeat = heartbeatBuffer();
  private readonly vitals = vitalsBuffer();
  private readonly worker: Worker;
  /** The worker thread's CPU time in ms, once it told its thread id (Linux); else the wall clock is used. */
  private workerCpu: (() => number | undefined) | undefined;
  /** The check under way, which the worker's messages are for. */
  private current: ((message: WorkerMessage) => void) | undefined;
  /** How the check under way learns that the thread failed: it ran out of heap, or crashed. */
  private failed: ((end: ThreadFailure) => void) | undefined;
  private usable = true;
  /** Settles when the thread has exited (see SandboxCheck.exited). */
  readonly exited: Promise<void>;

  constructor() {
    this.worker = new Worker(bootstrap, {
      workerData: { heartbeat: this.heartbeat, vitals: this.vitals },
      resourceLimits: { maxOldGenerationSizeMb: workerHeapLimitMb },
    });
    this.exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'thread') this.workerCpu = threadCpuClock(message.id);
      else this.current?.(message);
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      this.usable = false;
      this.failed?.(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { outOfMemory: true }
          : { outOfMemory: false, verdict: { status: 'error', message: `the checker crashed: ${error.message}` } },
      );
    });
    this.worker.on('exit', (code) => {
      this.usable = false;
      this.failed?.({ outOfMemory: false, verdict: { status: 'error', message: `the checker stopped unexpectedly (exit code ${code})` } });
    });
  }

  /** Whether the thread is idle and fit for another check: every check so far ended in a verdict of its own. */
  get fit(): boolean {
    return this.usable && this.current === undefined;
  }

  /** Ends the thread (see `exited` for when it has). */
  end(): void {
    this.usable = false;
    void this.worker.terminate();
  }

  /** Judges one file under the watchdog. Only one check at a time, and only while the worker is `fit`. */
  check(request: CheckRequest, options: SandboxOptions = {}): Promise<Verdict> {
    if (!this.fit) return Promise.reject(new Error('this sandbox worker cannot take another check'));
    resetHeartbeat(this.heartbeat);
    resetVitals(this.vitals);
    const stallMs = options.stallMs ?? STALL_MS;
    const startupMs = options.startupMs ?? 20_000;
    const { heartbeat, vitals } = this;
    const residentAtStart = process.memoryUsage.rss();
    const naming: { -readonly [K in keyof Naming]: Naming[K] } = {
      taskNames: [],
      implName: undefined,
      caseLabel: '',
    };
    let started = false;

    return new Promise<Verdict>((resolvePromise, reject) => {
      let lastBeats = -1;
      let lastChange = Date.now();
      let cpuAtLastChange = this.workerCpu?.();
      let residentAtLastBeat = residentAtStart;
      let settled = false;
      /** Ends the check; the worker stays for the next one only after a verdict it reached itself. */
      const finish = (keepWorker: boolean): boolean => {
        if (settled) return false;
        settled = true;
        clearInterval(watchdog);
        options.signal?.removeEventListener('abort', abort);
        this.current = undefined;
        this.failed = undefined;
        if (!keepWorker) this.end();
        return true;
      };
      /** What the file did to the process outranks whatever verdict it led to. */
      const settle = (verdict: Verdict, fromWorker = false, realmChanged?: string): void => {
        const cause = vitalsVerdict(readVitals(vitals), naming);
        const clean = fromWorker && realmChanged === undefined && cause === undefined && (verdict.status === 'pass' || verdict.status === 'fail');
        if (finish(clean && this.usable)) resolvePromise(cause ?? verdict);
      };
      const abort = (): void => {
        const reason: unknown = options.signal?.reason;
        if (finish(false)) reject(reason instanceof Error ? reason : new Error('the check was cancelled'));
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
          cpuAtLastChange = this.workerCpu?.();
          residentAtLastBeat = resident;
          if (beats > 0) started = true;
          return;
        }
        // Once the file has loaded, a constructor that never returns is as stuck as a task that never yields.
        const where = place();
        const limit = started || where.phase >= Phase.Setup ? stallMs : startupMs;
        // In CPU time where it can be read: a spinning task burns it, a loaded machine only stretches the wall clock.
        const cpuNow = this.workerCpu?.();
        if (cpuAtLastChange === undefined) cpuAtLastChange = cpuNow; // the thread id arrived after the check began
        const cpuSinceBeat = cpuNow === undefined || cpuAtLastChange === undefined ? undefined : cpuNow - cpuAtLastChange;
        const stalledFor = pastLimit(limit, cpuSinceBeat, now - lastChange);
        if (stalledFor === undefined) return;
        const grewMb = Math.max(0, Math.round((resident - residentAtLastBeat) / MB));
        settle(stallVerdict(where, Math.round(stalledFor / 1000), grewMb, naming));
      }, 100);
      options.signal?.addEventListener('abort', abort);
      this.failed = (end) => (end.outOfMemory ? outOfMemory() : settle(end.verdict));
      this.current = (message) => {
        switch (message.type) {
          case 'case':
            naming.taskNames = message.taskNames;
            naming.caseLabel = message.label;
            break;
          case 'loaded':
            naming.implName = message.name;
            break;
          case 'progress':
            options.onProgress?.(message.done, message.total);
            break;
          case 'verdict':
            settle(message.verdict, true, message.realmChanged);
            break;
        }
      };
      if (options.signal?.aborted === true) {
        abort();
        return;
      }
      if (!this.usable) {
        settle({ status: 'error', message: 'the checker stopped unexpectedly' });
        return;
      }
      const message: CheckMessage = { type: 'check', request, quiet: options.quiet ?? true };
      this.worker.postMessage(message);
    });
  }
}
