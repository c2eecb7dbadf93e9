import type { Parking, Scheduling } from '../kit/scheduling';
import { schedulingContext } from '../kit/scheduling';
import { describeValue } from '../report/describe-value';
import { type Timer, VirtualClock } from './clock';
import { afterPollPhase, IdleProbe } from './idle-probe';
import { Rng } from './rng';
import { type Decision, defaultChoice, isPreemption, type Strategy } from './strategy';
import type { TraceEvent } from './trace';
import { type CollectingRun, WeakHolds } from './weak-references';
import { AtomicWaiters, type WaitingRun } from './atomics-wait';

export type TaskState =
  | 'runnable' // some flow of it is ready to resume (or it has not started), waiting to be chosen
  | 'blocked' // every flow of it waits: on a kit primitive, a timer, an awaited promise, a late start
  | 'unseen' // not finished, yet nothing of it is ready or waiting where the explorer can see it
  | 'done';

export interface TaskView {
  readonly id: number;
  readonly name: string;
  readonly state: TaskState;
  /** What it waits on (blocked) or where it stands (runnable). */
  readonly at: string;
  /** The source location (file:line) of the code under test where it last stood, if known. */
  readonly where?: string;
  readonly steps: number;
}

/**
 * How far the environment may be held back (timing option 2): at most this much virtual time, and at most this
 * many steps of the code under test meanwhile, so a correct solution that polls every millisecond while it
 * waits is not driven into the livelock limit. 1,000 steps cover a 2 s deadline polled every 10 ms by two tasks
 * (~600 steps); each held schedule of a polling solution costs up to that many steps. The steps are the
 * bound that costs; the horizon was 60 s until a give-up deadline of 80 s, polled every 250 ms, passed.
 */
const HOLD_HORIZON_MS = 3_600_000;
const HOLD_STEPS = 1_000;

/** A rejection Node reported as unhandled during a run; `confirmed` once the run's job queue was empty. */
export interface UnhandledRejection {
  readonly reason: unknown;
  readonly promise: Promise<unknown>;
  readonly task: string | undefined;
  confirmed: boolean;
}

/** How a schedule ended. */
export type RunEnd =
  | { readonly kind: 'completed' }
  | { readonly kind: 'violation'; readonly message: string; readonly expected?: string; readonly actual?: string }
  | {
      readonly kind: 'deadlock';
      readonly tasks: readonly TaskView[];
      /** Timers were pending, but all unref'd: Node would have exited here with the tasks unfinished. */
      readonly unrefdTimersOnly?: true;
    }
  | { readonly kind: 'livelock'; readonly steps: number; readonly tasks: readonly TaskView[] }
  | { readonly kind: 'crash'; readonly task: string; readonly error: unknown }
  | { readonly kind: 'mismatch'; readonly message: string };

/** Per-run callbacks: how a run talks to whoever watches it (the sandbox's watchdog), without module state. */
export interface RunHooks {
  /** Called whenever a task is resumed, with its id. */
  readonly onResume?: (task: number) => void;
}

export interface RunOptions {
  readonly strategy: Strategy;
  /** Virtual start time per task id (missing or 0: starts at once). */
  readonly startDelays?: readonly number[];
  /** Scheduling decisions plus timer firings allowed before the run counts as a livelock. */
  readonly maxSteps: number;
  /** Record a trace (slower: used when replaying a failure, not while exploring). */
  readonly traced?: boolean;
  readonly hooks?: RunHooks;
  /** How the run learns that the event loop is idle; runs one after another may share one (spare probes carry over). */
  readonly probe?: IdleProbe;
}

/** One suspended continuation of a task, ready to be resumed by the scheduler. */
interface Flow {
  readonly resume: () => void;
  /** What the task does when it goes on ("took Lock#1", "start", "continues"). */
  readonly label: string;
  readonly where: string | undefined;
  /**
   * For a continuation of code under test (an instrumented await), its place in the job queue: the order in
   * which the promises it awaited settled. JavaScript runs such continuations first-settled-first, whatever
   * else is ready, so the scheduler never resumes one before an older one. Kit points, task starts and timer
   * wake-ups have none: they stand for threads and the environment, which may be late by any amount.
   */
  readonly queued?: number | undefined;
}

/** A flow that waits: what on, and where in the code under test; deadlock reports show both. */
interface Waiting {
  readonly reason: string;
  readonly where?: string | undefined;
}

function describeWaiting(waiting: Waiting): string {
  return waiting.where === undefined ? waiting.reason : `${waiting.reason} (${waiting.where})`;
}

/** A settleable wait of one flow: like the kit's `Parking`, but it can carry the awaited value. */
export interface FlowParking<T> {
  readonly promise: Promise<T>;
  /** Methods, called on the parking (`parking.wake(v)`): do not pass them around unbound. */
  wake(...value: WakeArgs<T>): void;
  fail(error: unknown): void;
}

/** A parking of `undefined` (the kit's) is woken with no argument. */
type WakeArgs<T> = undefined extends T ? [value?: T] : [value: T];

/**
 * Continuations one task may have waiting at once. Far above what a kata needs (a crawler's fetches in flight),
 * far below what makes each decision slow: an endless async recursion parks one per level.
 */
const MAX_FLOWS_PER_TASK = 2000;

/** Whether `flow` may resume now: it is not a continuation queued behind `next`, the oldest one. */
function eligible(flow: Flow, next: number | undefined): boolean {
  return flow.queued === undefined || flow.queued === next;
}

/** A promise that never settles, made fresh each time so nothing shared keeps stopped tasks alive. */
function stopped<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

/** What the run needs of a parked flow that was just woken. */
interface SettlingFlow extends Flow {
  readonly task: Task;
  readonly waiting: Waiting;
  readonly continuation: boolean;
  /** A `process.nextTick` callback's turn: queued behind every continuation (see `TICKS`). */
  readonly tick: boolean;
  queued: number | undefined;
}

/**
 * Where `process.nextTick` callbacks queued from continuations stand in the job queue: Node runs them only once
 * the microtask queue is empty, so behind every continuation, also those queued after them; then all of them,
 * first in first out, before the next continuation (`Run.drainingTicks`). Places from here on are ticks'.
 */
const TICKS = 2 ** 40;

/**
 * A continuation that settled behind jobs of the engine's own, which the explorer does not park: a promise
 * returned from an async function, a promise passed to a resolver, a combinator. In Node each such job goes to
 * the end of the job queue, behind continuations queued meanwhile, and the continuation only after the last.
 * Left to run out at once, they let a longer chain overtake a shorter one resumed after it.
 */
interface HiddenHops {
  readonly task: Task;
  readonly flow: SettlingFlow;
  /** The engine's jobs still to come before the continuation itself is queued. */
  remaining: number;
  /** The place of the next of them in the job queue. */
  queued: number;
}

/** The queue's turns from a resumption to the settling of an awaited promise the resumed code resolved. */
const PLAIN_AWAIT_HOPS = 2;
/** Beyond this many turns, a chain is counted as this long. */
const MAX_HOPS = 12;

/** The real one: code under test gets a virtual `queueMicrotask`. */
const realQueueMicrotask = globalThis.queueMicrotask;

/**
 * One parked flow of a task, and the flow it becomes once woken: its promise settles only after a wake (or
 * fail) and the scheduler's choice to resume it. Only the first wake or fail counts. A class rather than
 * closures: one is made per await of the code under test, and tsx compiles with esbuild's keepNames, which
 * names every closure anew with a property definition (7 % of the explorer's time in a profile).
 */
class ParkedFlow<T> implements SettlingFlow, FlowParking<T> {
  readonly promise: Promise<T>;
  readonly label = 'continues';
  queued: number | undefined;
  private resolve!: (value: T) => void;
  private reject!: (error: unknown) => void;
  private state: 'parked' | 'woken' | 'failed' = 'parked';
  private value: T | undefined;
  private error: unknown;

  constructor(
    private readonly run: Run,
    readonly task: Task,
    readonly waiting: Waiting,
    readonly continuation: boolean,
    readonly tick = false,
  ) {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  get where(): string | undefined {
    return this.waiting.where;
  }

  wake(...[value]: WakeArgs<T>): void {
    if (this.state !== 'parked' || !this.run.settled(this, false)) return;
    this.state = 'woken';
    this.value = value;
  }

  fail(error: unknown): void {
    if (this.state !== 'parked' || !this.run.settled(this, true)) return;
    this.state = 'failed';
    this.error = error;
  }

  /** Called by the scheduler when it chooses this flow. */
  resume(): void {
    if (this.state === 'failed') this.reject(this.error);
    else this.resolve(this.value as T);
  }
}

class Task {
  started = false;
  /** The body returned (or threw); flows it left behind may still run. */
  finished = false;
  steps = 0;
  at = 'start';
  /** Source location of the code under test where the task last stood (set by instrumented awaits). */
  where: string | undefined;
  /** Flows woken and waiting to be resumed, oldest first. */
  readonly ready: Flow[] = [];
  readonly waiting = new Set<Waiting>();
  readonly scheduling: TaskScheduling;

  constructor(
    public id: number,
    readonly name: string,
    readonly body: (() => unknown) | undefined,
    run: Run,
  ) {
    this.scheduling = new TaskScheduling(run, this);
  }

  get state(): TaskState {
    if (this.ready.length > 0) return 'runnable';
    if (this.waiting.size > 0) return 'blocked';
    return this.finished ? 'done' : 'unseen';
  }

  view(): TaskView {
    const state = this.state;
    const at =
      state === 'blocked'
        ? [...this.waiting].map(describeWaiting).join(' and ')
        : state === 'unseen'
          ? 'awaiting a promise the explorer does not control'
          : this.at;
    return { id: this.id, name: this.name, state, at, ...(this.where === undefined ? {} : { where: this.where }), steps: this.steps };
  }
}

/** The `Scheduling` a task sees through the kit: every call is routed to the run that owns the task. */
export class TaskScheduling implements Scheduling {
  constructor(
    readonly run: Run,
    readonly task: Task,
  ) {}

  point(label: string): Promise<void> {
    return this.run.point(this.task, label);
  }

  park(reason: string): Parking {
    // A parked flow of undefined is a kit Parking: wake() passes undefined.
    return this.run.wait<undefined>(this.task, reason);
  }

  sleep(ms: number): Promise<void> {
    return this.run.sleep(this.task, ms, 'code');
  }

  /** Records the source location (file:line) of the code under test where the task stands. */
  standAt(where: string): void {
    this.task.where = where;
  }

  /**
   * A `process.nextTick` from a continuation: a promise that settles once the scheduler resumes the callback's
   * turn, which comes only after every continuation in the job queue (`TICKS`).
   */
  tick(): Promise<undefined> {
    if (this.run.finished) return stopped();
    const parking = this.run.wait<undefined>(this.task, 'process.nextTick', true, true);
    parking.wake(undefined);
    return parking.promise;
  }

  /**
   * A continuation of code under test: a promise of `value` that settles only once `value` settled and the
   * scheduler then resumed this flow. In a finished run it never settles: the flow stops there.
   */
  gate(value: unknown): Promise<unknown> {
    if (this.run.finished) return stopped();
    const then = foreignThen(value);
    if (then !== undefined) {
      // Awaiting a thenable that is not a promise: JavaScript reads its `then` now but calls it from a job of
      // its own (NewPromiseResolveThenableJob), behind the continuations already queued. That call is a
      // continuation like any other, so a waiter the thenable registers in it may come too late.
      const turn = this.run.wait<undefined>(this.task, "its turn to call a thenable's then()", true);
      turn.wake(undefined);
      return turn.promise.then(() => this.gate(new Promise((resolve, reject) => {
        then.call(value, resolve, reject);
      })));
    }
    const parking = this.run.wait<unknown>(this.task, 'a promise to settle', true);
    Promise.resolve(value).then(
      (settled: unknown) => { parking.wake(settled); },
      (error: unknown) => { parking.fail(error); },
    );
    return parking.promise;
  }
}

type ThenMethod = (resolve: (value: unknown) => void, reject: (error: unknown) => void) => unknown;

/** The `then` method of a thenable that is not a native promise, read once as JavaScript reads it; else undefined. */
function foreignThen(value: unknown): ThenMethod | undefined {
  if (value instanceof Promise || value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  const then: unknown = (value as { then?: unknown }).then;
  return typeof then === 'function' ? (then as ThenMethod) : undefined;
}

/**
 * Collections a schedule may have at most. Each is a full collection (milliseconds), and the decision is offered
 * at every `deref()` of a held target: without a bound, code that derefs in a loop would spend its schedules
 * collecting. Bugs seen so far need one collection at the right point.
 */
const MAX_COLLECTIONS = 1;

/** The seed of every run's `Math.random` (any constant: only that it is the same each time matters). */
const RUN_RANDOM_SEED = 0x5eed;

/**
 * One execution of a scenario under a strategy.
 *
 * Invariants:
 * - Decisions are taken only when the event loop is idle (`IdleProbe`, real immediates): by then every
 *   continuation that the last step set in motion, however many promise hops away, has run or is parked, so
 *   the set of ready flows is complete and deterministic for a given schedule.
 * - One flow is resumed per decision; code between two scheduling points runs without interruption, as
 *   JavaScript runs a continuation to its next `await`.
 * - Time advances only when no flow is ready; a deadlock is declared only when, in addition, no timer is left.
 * - Timers due at the same instant fire one at a time, as in Node: the next fires only once no continuation
 *   of code under test is ready (Node drains the microtask queue between two timers), while kit flows and
 *   task starts, which stand for threads and the environment, may go before or after it.
 * - The schedule ends when nothing is pending: every task finished, no flow ready, no timer left (only
 *   intervals nobody cleared). Timers and detached flows left behind by finished tasks still run first.
 */
export class Run implements CollectingRun, WaitingRun {
  readonly clock = new VirtualClock();
  /** The targets of this run's weak references, held until the strategy chooses to collect (weak-references.ts). */
  readonly weakHolds = new WeakHolds();
  /** The run's `Atomics.waitAsync` waiters, on its virtual clock (atomics-wait.ts). */
  readonly atomicWaiters = new AtomicWaiters();
  private collections = 0;
  /** Made on the first draw: most runs never call `Math.random`. */
  private randomSource: Rng | undefined;
  readonly trace: TraceEvent[] | undefined;
  /** The option chosen at each decision, in order. */
  readonly choices: number[] = [];
  /** Decisions that differ from the default choice, as [decision index, choice]: the replayable schedule. */
  readonly switches: Array<[number, number]> = [];
  /** How many switches took the CPU from a task that could have gone on. */
  preemptions = 0;
  /**
   * Rejections nobody handled, in this run, with the task whose code made them. Node reports one once its
   * microtask queue is empty; here continuations wait parked for the scheduler, so Node may report it while a
   * continuation that will handle it is still queued (`await null; return rejected`). Such a report stays
   * provisional until the run's own job queue is empty, and is dropped if the promise gets a handler before.
   */
  readonly unhandled: UnhandledRejection[] = [];
  private readonly tasks: Task[] = [];

  /** Node reported a rejection of this run's code as unhandled (see `unhandled`). */
  rejectionUnhandled(reason: unknown, promise: Promise<unknown>, task: string | undefined): void {
    this.unhandled.push({ reason, promise, task, confirmed: this.ended !== undefined });
    if (this.ended === undefined) this.unconfirmedRejections = true;
  }

  /** Node saw a handler added to a rejection it had reported: forgiven, unless the job queue had emptied first. */
  rejectionHandled(promise: Promise<unknown>): void {
    const at = this.unhandled.findIndex((entry) => entry.promise === promise && !entry.confirmed);
    if (at >= 0) this.unhandled.splice(at, 1);
  }

  /** The run's job queue is empty: whatever is still unhandled now is unhandled in Node too. */
  private confirmRejections(): void {
    this.unconfirmedRejections = false;
    for (const entry of this.unhandled) entry.confirmed = true;
  }

  /**
   * Called when code of this run posts a wake-up that Node delivers a loop turn later (a message on a port or
   * a `BroadcastChannel`): from then on the run lets a full turn pass before deciding nothing can run.
   */
  noteOutsideWakeup(): void {
    this.outsideWakeups = true;
  }

  /** A `collect` decision: whether the garbage collector runs here (see weak-references.ts). */
  chooseToCollect(): boolean {
    if (this.ended !== undefined || this.collections >= MAX_COLLECTIONS) return false;
    if (this.ask({ kind: 'collect', index: this.choices.length }) !== 1) return false;
    this.collections += 1;
    return true;
  }

  /** A cleanup callback of a collected registration: an unref'd immediate, run as the task that registered it. */
  queueCleanup(store: Scheduling | undefined, callback: () => void): void {
    if (this.ended !== undefined) return;
    const timer = this.setCodeTimer(1, store, callback, true);
    timer.refed = false;
  }

  noteCollection(text: string): void {
    this.note({ kind: 'note', task: this.current(), text });
  }

  /** A timer of the code under test, whose callback runs as the task of `store`. */
  setCodeTimer(ms: number, store: Scheduling | undefined, fire: () => void, immediate: boolean): Timer {
    return this.clock.set(ms, () => { this.fireCallback(store, fire); }, 'code', undefined, immediate);
  }

  clearTimer(timer: Timer): void {
    this.clock.clear(timer);
  }

  /** Runs a timer's callback as the task (or scenario) that set it, as a macrotask; what it throws crashes the run. */
  fireCallback(store: Scheduling | undefined, callback: () => void): void {
    this.macrotask += 1;
    try {
      if (store === undefined) callback();
      else schedulingContext.run(store, callback);
    } catch (error) {
      const owner = store instanceof TaskScheduling ? store.task.name : 'the scenario';
      this.fail({ kind: 'crash', task: `a timer callback set by ${owner}`, error });
    } finally {
      this.macrotask -= 1;
    }
  }

  /**
   * What `Math.random` returns to the run's code: the same sequence in every schedule (the draws are part of
   * the program, like its input), so a schedule replays exactly and an exhaustive search stays sound.
   */
  random(): number {
    this.randomSource ??= new Rng(RUN_RANDOM_SEED);
    return this.randomSource.unit();
  }

  /** Where code runs outside any task (the scenario's setup, a constructor); registered once it has flows. */
  private readonly setup: Task;
  private readonly strategy: Strategy;
  private readonly maxSteps: number;
  private readonly startDelays: readonly number[];
  private readonly hooks: RunHooks;
  private readonly probe: IdleProbe;
  private steps = 0;
  /** How many continuations were queued so far: the next one's place in the job queue. */
  private queued = 0;
  /** How many `process.nextTick` callbacks were queued from continuations so far (places from `TICKS` on). */
  private ticksQueued = 0;
  /** Continuations that settled behind jobs of the engine's own, each waiting for those to pass (`nextQueued`). */
  private readonly hops: HiddenHops[] = [];
  /** Turns of the job queue since the last resumption (`startHopClock`); counted only after a continuation. */
  private hopClock = 0;
  private hopsCounted = false;
  /** Whether a nextTick callback ran last: Node then runs every queued one before the next continuation. */
  private drainingTicks = false;
  /** Nonzero while a timer's callback runs: a macrotask, whose nextTick callbacks Node runs right after it. */
  macrotask = 0;
  private last: number | undefined;
  /** The task whose step is running (its code causes every wake-up meanwhile); undefined while timers fire. */
  private causer: number | undefined;
  private probeArmed = false;
  private began = false;
  private ended: RunEnd | undefined;
  private resolveEnd: ((end: RunEnd) => void) | undefined;
  /** The instant whose due timers are being fired one by one, until none is left due then. */
  private firingAt: number | undefined;
  /** Whether this schedule has used its one hold-back of the environment (timing option 2). */
  private holdUsed = false;
  /** The environment's timers held back now, and the step at which they are let go at the latest. */
  private held: { readonly timers: readonly Timer[]; readonly releaseAtStep: number } | undefined;
  /** Whether some reported rejection waits for the job queue to empty (`unhandled`). */
  private unconfirmedRejections = false;
  /** Whether code of this run posted a wake-up from outside the explorer's control (`outside-wakeups.ts`). */
  private outsideWakeups = false;
  /** Whether a full loop turn has passed since the last step with nothing runnable (only with outside wake-ups). */
  private turnedSinceStep = false;

  constructor(options: RunOptions) {
    this.strategy = options.strategy;
    this.maxSteps = options.maxSteps;
    this.startDelays = options.startDelays ?? [];
    this.hooks = options.hooks ?? {};
    this.probe = options.probe ?? new IdleProbe();
    this.trace = options.traced === true ? [] : undefined;
    this.setup = new Task(-1, 'the setup (constructor)', undefined, this);
    this.setup.started = true;
    this.setup.finished = true;
  }

  get finished(): boolean {
    return this.ended !== undefined;
  }

  get taskNames(): string[] {
    return this.tasks.map((task) => task.name);
  }

  /** The scheduling of code that runs outside any task: the scenario's setup. */
  get setupScheduling(): TaskScheduling {
    return this.setup.scheduling;
  }

  /** Adds a task; `body` runs as that task once the scheduler first chooses it. Only before `start`. */
  spawn(name: string, body: () => unknown): void {
    if (this.began) throw new Error('spawn() after the run started');
    this.tasks.push(new Task(this.tasks.length, name, body, this));
  }

  /** Starts every task and resolves with how the schedule ended. */
  start(): Promise<RunEnd> {
    const ended = new Promise<RunEnd>((resolve) => (this.resolveEnd = resolve));
    this.began = true;
    if (this.ended !== undefined) {
      this.resolveEnd?.(this.ended); // failed during setup
      return ended;
    }
    if (this.setup.ready.length > 0 || this.setup.waiting.size > 0) this.enlist(this.setup);
    for (const task of this.tasks) this.launch(task);
    this.armProbe();
    return ended;
  }

  /** The task whose code is calling, if it belongs to this run. */
  current(): number | undefined {
    const store = schedulingContext.getStore();
    return store instanceof TaskScheduling && store.run === this && store.task.id >= 0 ? store.task.id : undefined;
  }

  /** Ends the schedule with a failure (the first failure wins). */
  fail(end: Exclude<RunEnd, { kind: 'completed' }>): void {
    this.finish(end);
  }

  note(event: TraceEvent): void {
    this.trace?.push(event);
  }

  /** A scheduling point: the task's flow is ready at once, and resumes when the scheduler chooses it. */
  point(task: Task, label: string): Promise<void> {
    if (this.ended !== undefined) return stopped();
    return new Promise<void>((resolve) => {
      this.ready(task, { resume: resolve, label, where: task.where });
    });
  }

  /**
   * Parks one flow of `task` until `wake` or `fail`; it then becomes ready and resumes when the scheduler
   * chooses it (a failure is thrown into it then). Only the first `wake` or `fail` counts.
   */
  wait<T>(task: Task, reason: string, continuation = false, tick = false): FlowParking<T> {
    const where = task.where; // where this flow stands: the task's other flows may move on meanwhile
    const parked = new ParkedFlow<T>(this, task, { reason, where }, continuation, tick);
    if (this.ended !== undefined) return parked; // never settles: the flow stops here
    this.enlist(task);
    task.waiting.add(parked.waiting);
    if (task.waiting.size + task.ready.length > MAX_FLOWS_PER_TASK) {
      this.finish({
        kind: 'crash',
        task: task.name,
        error: new RangeError(
          `more than ${MAX_FLOWS_PER_TASK} of its continuations wait at once (an endless async recursion, or a loop that starts promises without awaiting them?)`,
        ),
      });
    }
    // A continuation (an instrumented await) is drawn only when another task or the clock resumes it.
    if (!continuation && this.trace !== undefined) this.note({ kind: 'block', task: task.id, reason, ...(where === undefined ? {} : { where }) });
    return parked;
  }

  /** A parked flow was woken or failed: it becomes ready. Returns false (nothing done) once the run ended. */
  settled(flow: SettlingFlow, failed: boolean): boolean {
    if (this.ended !== undefined) return false;
    const { task } = flow;
    task.waiting.delete(flow.waiting);
    if (this.trace !== undefined && (!flow.continuation || this.causer !== task.id)) this.note({ kind: 'wake', task: task.id, by: this.causer, failed });
    if (flow.continuation && !flow.tick) {
      const hidden = this.hiddenHops();
      if (hidden > 0) {
        this.hops.push({ task, flow, remaining: hidden, queued: this.queued++ });
        return true;
      }
      flow.queued = this.queued++;
    } else if (flow.continuation) {
      flow.queued = TICKS + this.ticksQueued++;
    }
    this.ready(task, flow);
    return true;
  }

  /** Suspends a flow of `task` for `ms` virtual ms, on a timer of the code under test or of the environment. */
  sleep(task: Task, ms: number, owner: 'code' | 'environment'): Promise<void> {
    const parking = this.wait<undefined>(task, `sleep ${ms}ms (until t=${this.clock.now() + ms})`);
    if (this.ended === undefined) this.clock.set(ms, () => { parking.wake(undefined); }, owner);
    return parking.promise;
  }

  private ready(task: Task, flow: Flow): void {
    this.enlist(task);
    task.ready.push(flow);
    this.armProbe();
  }

  /** The setup pseudo-task takes part in scheduling once it has a flow; it is listed after the spawned tasks. */
  private enlist(task: Task): void {
    if (task.id >= 0 || !this.began) return;
    task.id = this.tasks.length;
    this.tasks.push(task);
  }

  private launch(task: Task): void {
    const delay = this.startDelays[task.id] ?? 0;
    schedulingContext.run(task.scheduling, () => {
      const started = new Promise<void>((resolve) => {
        if (delay > 0) {
          const waiting: Waiting = { reason: `start at t=${delay}` };
          task.waiting.add(waiting);
          this.clock.set(delay, () => {
            task.waiting.delete(waiting);
            task.ready.push({ resume: resolve, label: 'starts', where: undefined });
          }, 'environment');
        } else {
          task.ready.push({ resume: resolve, label: 'starts', where: undefined });
        }
      });
      started
        .then(() => {
          task.started = true;
          return task.body?.();
        })
        .then(
          () => { this.taskDone(task); },
          (error: unknown) => { this.taskThrew(task, error); },
        );
    });
  }

  private taskDone(task: Task): void {
    if (this.ended !== undefined) return;
    task.finished = true;
    task.at = 'done';
    this.note({ kind: 'done', task: task.id });
    this.armProbe();
  }

  private taskThrew(task: Task, error: unknown): void {
    if (this.ended !== undefined) return;
    task.finished = true;
    task.at = 'threw';
    this.note({ kind: 'throw', task: task.id, message: describeValue(error) });
    this.finish({ kind: 'crash', task: task.name, error });
  }

  /** Runs `onIdle` once the event loop has no microtask left: then nothing in this run is executing. */
  private armProbe(): void {
    if (this.probeArmed || this.ended !== undefined || !this.began) return;
    this.probeArmed = true;
    this.probe.arm(this.onIdle);
  }

  private readonly onIdle = (): void => {
    this.probeArmed = false;
    this.hopsCounted = false; // the last drain is over: what settles next is not downstream of its continuation
    if (this.ended !== undefined) return;
    if (this.firingAt !== undefined && this.fireNextAtSameInstant()) return;
    for (;;) {
      const next = this.nextQueued();
      if (next === undefined && this.unconfirmedRejections) this.confirmRejections();
      const runnable = this.runnableTasks(next);
      if (runnable.length > 0) {
        if (this.mayStartLate(runnable)) {
          const late = this.ask({ kind: 'time', index: this.choices.length, hold: !this.holdUsed });
          if (late === undefined) return;
          if (late !== 0) {
            this.startLate(runnable, late === 2);
            continue;
          }
        }
        this.resumeOne(runnable, next);
        return;
      }
      if (this.outsideWakeups && !this.turnedSinceStep) {
        // A posted message arrives in the loop's next poll phase: wait for it before
        // moving the clock or declaring that nothing can run, as Node would deliver it first.
        this.turnedSinceStep = true;
        this.probeArmed = true;
        afterPollPhase(this.onIdle);
        return;
      }
      if (this.clock.pending > 0 && !this.doneButForTimersThatDoNotCount()) {
        if (this.clock.keepsProcessAlive()) this.advanceTime();
        else this.finish({ kind: 'deadlock', tasks: this.unfinished(), unrefdTimersOnly: true });
        return;
      }
      if (this.tasks.every((task) => task.finished)) this.finish({ kind: 'completed' });
      else this.finish({ kind: 'deadlock', tasks: this.unfinished() });
      return;
    }
  };

  /** The tasks with a flow that may resume now, in id order (plain loops: this runs at every decision). */
  private runnableTasks(next: number | undefined): Task[] {
    const runnable: Task[] = [];
    for (const task of this.tasks) {
      for (const flow of task.ready) {
        if (eligible(flow, next)) {
          runnable.push(task);
          break;
        }
      }
    }
    return runnable;
  }

  private unfinished(): TaskView[] {
    return this.tasks.filter((t) => !t.finished).map((t) => t.view());
  }

  /**
   * Unstarted tasks are the environment's: when only they could run and the code under test has a timer
   * pending, the environment may start them late, after every such timer (a timeout fires before the slow
   * side arrives). Each task is offered this once, so the search stays finite.
   */
  private mayStartLate(runnable: readonly Task[]): boolean {
    return runnable.every((task) => !task.started && task.body !== undefined && !this.lateStarts.has(task)) && this.clock.hasCodeTimer();
  }

  private readonly lateStarts = new Set<Task>();

  private startLate(runnable: readonly Task[], hold: boolean): void {
    const timers = runnable.map((task) => {
      this.lateStarts.add(task);
      const flows = task.ready.splice(0);
      const waiting: Waiting = { reason: 'a late start' };
      task.waiting.add(waiting);
      return this.clock.set(0, () => {
        task.waiting.delete(waiting);
        task.ready.push(...flows);
      }, 'environment');
    });
    if (hold) this.holdBack(timers);
    else this.clock.makeLate(timers);
  }

  /** Timing option 2: the environment outlasts every timer the code sets from now on, up to the horizon. */
  private holdBack(timers: readonly Timer[]): void {
    this.holdUsed = true;
    this.held = { timers, releaseAtStep: this.steps + HOLD_STEPS };
    this.clock.holdBack(timers, this.clock.now() + HOLD_HORIZON_MS);
  }

  /**
   * Lets held-back timers go once the code has no timer of its own left (nothing more to outlast: it arrives
   * now rather than at the horizon) or the hold has lasted its steps.
   */
  private releaseHeld(): void {
    if (this.held === undefined) return;
    if (this.clock.hasCodeTimer() && this.steps < this.held.releaseAtStep) return;
    this.clock.release(this.held.timers);
    this.held = undefined;
  }

  /** The place in the job queue of the oldest continuation waiting to run, if any. */
  private nextQueued(): number | undefined {
    for (;;) {
      const next = this.oldestQueued();
      const token = this.hops.find((hop) => hop.queued === next);
      if (token === undefined) return next;
      // The engine's own job ran: the next one, or the continuation itself, goes to the end of the queue.
      token.remaining -= 1;
      if (token.remaining > 0) {
        token.queued = this.queued++;
        continue;
      }
      this.hops.splice(this.hops.indexOf(token), 1);
      token.flow.queued = this.queued++;
      this.ready(token.task, token.flow);
    }
  }

  /** The place of the oldest continuation or engine job in the queue (see `nextQueued`). */
  private oldestQueued(): number | undefined {
    let oldest: number | undefined;
    for (const hop of this.hops) if (oldest === undefined || hop.queued < oldest) oldest = hop.queued;
    let oldestTick: number | undefined;
    for (const task of this.tasks) {
      for (const flow of task.ready) {
        const queued = flow.queued;
        if (queued === undefined) continue;
        if (queued >= TICKS) {
          if (oldestTick === undefined || queued < oldestTick) oldestTick = queued;
        } else if (oldest === undefined || queued < oldest) {
          oldest = queued;
        }
      }
    }
    return oldestTick !== undefined && (this.drainingTicks || oldest === undefined) ? oldestTick : oldest;
  }

  private resumeOne(runnable: readonly Task[], next: number | undefined): void {
    if (!this.countStep()) return;
    this.turnedSinceStep = false;
    const ids: number[] = [];
    for (const task of runnable) ids.push(task.id);
    const decision: Decision = { kind: 'task', runnable: ids, last: this.last, index: this.choices.length };
    const chosen = this.ask(decision);
    if (chosen === undefined) return;
    const task = this.tasks[chosen] as Task;
    const candidates: number[] = [];
    for (let at = 0; at < task.ready.length; at++) if (eligible(task.ready[at] as Flow, next)) candidates.push(at);
    let index = candidates[0] as number;
    if (candidates.length > 1) {
      // Which of a task's woken flows goes first is a decision too (Promise.all over fetches, a timeout
      // racing an acquire); the others stay ready.
      const flow = this.ask({ kind: 'flow', task: task.id, flows: candidates.length, index: this.choices.length });
      if (flow === undefined) return;
      index = candidates[flow] as number;
    }
    const [flow] = task.ready.splice(index, 1) as [Flow];
    if (flow.queued !== undefined) this.drainingTicks = flow.queued >= TICKS;
    task.steps += 1;
    task.at = flow.label;
    if (flow.where !== undefined) task.where = flow.where;
    this.last = task.id;
    this.causer = task.id;
    this.hooks.onResume?.(task.id);
    if (this.trace !== undefined) this.note({ kind: 'resume', task: task.id, time: this.clock.now(), at: flow.label, ...(flow.where === undefined ? {} : { where: flow.where }) });
    this.armProbe();
    this.startHopClock(flow.queued !== undefined && flow.queued < TICKS);
    flow.resume();
  }

  /**
   * Counts the job queue's turns from a resumption on (a microtask that queues itself again, up to MAX_HOPS
   * times), so that `settled` can tell how many jobs of the engine's own came before a continuation.
   */
  private startHopClock(continuation: boolean): void {
    this.hopClock = 0;
    this.hopsCounted = continuation;
    if (continuation) realQueueMicrotask(this.hopTick);
  }

  private readonly hopTick = (): void => {
    this.hopClock += 1;
    if (this.hopClock < MAX_HOPS) realQueueMicrotask(this.hopTick);
  };

  /** How many more of the engine's jobs than a plain await came before the continuation settling now. */
  private hiddenHops(): number {
    if (!this.hopsCounted) return 0;
    return Math.max(0, this.hopClock - PLAIN_AWAIT_HOPS);
  }

  private advanceTime(): void {
    if (!this.countStep()) return;
    this.turnedSinceStep = false;
    this.releaseHeld();
    // Cleanup callbacks are macrotasks: a collection now lets them run as the clock moves.
    if (this.weakHolds.registered && this.chooseToCollect()) this.weakHolds.collect(this);
    const late = this.clock.lateCandidates();
    if (late.length > 0) {
      const choice = this.ask({ kind: 'time', index: this.choices.length, hold: !this.holdUsed });
      if (choice === undefined) return;
      if (choice === 1) this.clock.makeLate(late);
      if (choice === 2) this.holdBack(late);
    }
    // The separator goes first, so the wake-ups the timers cause are drawn under it.
    this.note({ kind: 'time', time: Math.max(this.clock.now(), this.clock.nextDue ?? 0) });
    this.causer = undefined;
    this.armProbe();
    this.clock.advance();
    this.firingAt = this.clock.now();
    this.clock.fireOne();
  }

  /**
   * Fires the next timer due at the instant being fired, once the continuations the last one woke have run
   * (the job queue is empty); returns whether it fired. Ends the instant when no timer is left due at it.
   */
  private fireNextAtSameInstant(): boolean {
    if (this.nextQueued() !== undefined) return false;
    if (!this.clock.hasDue() || this.clock.now() !== this.firingAt) {
      this.firingAt = undefined;
      return false;
    }
    if (!this.countStep()) return true;
    this.note({ kind: 'time', time: this.clock.now() });
    this.causer = undefined;
    this.armProbe();
    this.clock.fireOne();
    return true;
  }

  /**
   * Every task finished and the only timers left are intervals (they would run forever) or unref'd (Node would
   * exit without firing them): the schedule ends without them.
   */
  private doneButForTimersThatDoNotCount(): boolean {
    return this.tasks.every((task) => task.finished) && !this.clock.keepsAlive();
  }

  /** Asks the strategy and records the choice; undefined (and the run ended) if a replay cannot follow. */
  private ask(decision: Decision): number | undefined {
    let chosen: number;
    try {
      chosen = this.strategy.choose(decision);
    } catch (error) {
      this.finish({ kind: 'mismatch', message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
    this.choices.push(chosen);
    if (chosen !== defaultChoice(decision)) this.switches.push([decision.index, chosen]);
    if (isPreemption(decision, chosen)) this.preemptions += 1;
    return chosen;
  }

  private countStep(): boolean {
    this.steps += 1;
    if (this.steps <= this.maxSteps) return true;
    this.finish({ kind: 'livelock', steps: this.maxSteps, tasks: this.tasks.map((t) => t.view()) });
    return false;
  }

  private finish(end: RunEnd): void {
    if (this.ended !== undefined) return;
    this.ended = end;
    this.resolveEnd?.(end);
  }
}
