import { deferred } from '../kit/deferred';
import { type Parking, type Scheduling, schedulingContext } from '../kit/scheduling';
import { VirtualClock } from './clock';
import { beat } from './heartbeat';
import { type Decision, defaultChoice, isPreemption, type Strategy } from './strategy';
import type { TraceEvent } from './trace';

/** Captured before any virtual clock patches globalThis: quiescence is detected on the real event loop. */
const realSetImmediate = globalThis.setImmediate;

export type TaskState =
  | 'runnable' // at a scheduling point (or not started), waiting to be chosen
  | 'running' // chosen; runs until its next scheduling point
  | 'blocked' // parked on a kit primitive, a sleep, or a delayed start
  | 'unseen' // awaiting a promise the scheduler cannot see (a plain promise, a timer callback)
  | 'done';

export interface TaskView {
  readonly id: number;
  readonly name: string;
  readonly state: TaskState;
  /** What it waits on (blocked) or where it stands (runnable). */
  readonly at: string;
  readonly steps: number;
}

/** How a schedule ended. */
export type RunEnd =
  | { readonly kind: 'completed' }
  | { readonly kind: 'violation'; readonly message: string; readonly expected?: string; readonly actual?: string }
  | { readonly kind: 'deadlock'; readonly tasks: readonly TaskView[] }
  | { readonly kind: 'livelock'; readonly steps: number; readonly tasks: readonly TaskView[] }
  | { readonly kind: 'crash'; readonly task: string; readonly error: unknown }
  | { readonly kind: 'mismatch'; readonly message: string };

export interface RunOptions {
  readonly strategy: Strategy;
  /** Virtual start time per task id (missing or 0: starts at once). */
  readonly startDelays?: readonly number[];
  /** Scheduling decisions plus timer firings allowed before the run counts as a livelock. */
  readonly maxSteps: number;
  /** Record a trace (slower: used when replaying a failure, not while exploring). */
  readonly traced?: boolean;
}

class Task {
  state: TaskState = 'runnable';
  at = 'start';
  steps = 0;
  /** The task's body has returned (or thrown); detached promises it started may still be running. */
  finished = false;
  /**
   * Continuations to call when the scheduler resumes this task. A task is one async function, but it may
   * have several flows (a detached promise, a timeout racing an acquire), so more than one may be pending.
   */
  gates: Array<() => void> = [];
  /** Reasons of the parkings not yet woken, one per parked flow. */
  readonly parkedOn = new Set<{ readonly reason: string }>();
  readonly scheduling: TaskScheduling;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly body: () => unknown,
    run: Run,
  ) {
    this.scheduling = new TaskScheduling(run, this);
  }

  view(): TaskView {
    return { id: this.id, name: this.name, state: this.state, at: this.at, steps: this.steps };
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
    return this.run.park(this.task, reason);
  }

  sleep(ms: number): Promise<void> {
    const parking = this.run.park(this.task, `sleep ${ms}ms (until t=${this.run.clock.now() + ms})`);
    this.run.clock.set(ms, () => { parking.wake(); });
    return parking.promise;
  }
}

const never = new Promise<never>(() => {});
const neverParking: Parking = { promise: never, wake() {}, fail() {} };

/**
 * One execution of a scenario under a strategy. Exactly one task is `running` at a time as far as the
 * scheduler knows; when it reaches a scheduling point, parks, or finishes, the strategy picks the next.
 *
 * Invariants:
 * - `running` counts tasks in state 'running' (0 or 1; a task that awaited something invisible is demoted to
 *   'unseen', or 'blocked' if some flow of it is parked, once the event loop proves it idle).
 * - A resumed task runs one flow: one gate is resolved per resume, and the others keep it runnable.
 * - A decision is taken in a microtask after the running task gave up control, so that everything its last
 *   synchronous step set in motion (wake-ups, plain promise continuations) has happened first.
 * - Time advances only when nothing can run; a deadlock is declared only when, in addition, no timer is left.
 */
export class Run {
  readonly clock = new VirtualClock();
  readonly trace: TraceEvent[] | undefined;
  /** The task chosen at each decision, in order. */
  readonly choices: number[] = [];
  /**
   * Decisions that differ from the default choice, as [decision index, choice]: the replayable schedule.
   * A choice is a task id, or, at a decision between woken flows of one task, the index of the flow.
   */
  readonly switches: Array<[number, number]> = [];
  /** How many switches took the CPU from a task that could have gone on. */
  preemptions = 0;
  private readonly tasks: Task[] = [];
  private readonly strategy: Strategy;
  private readonly maxSteps: number;
  private readonly startDelays: readonly number[];
  private running = 0;
  private steps = 0;
  private last: number | undefined;
  private decisionQueued = false;
  private probeArmed = false;
  private ended: RunEnd | undefined;
  private resolveEnd: ((end: RunEnd) => void) | undefined;

  constructor(options: RunOptions) {
    this.strategy = options.strategy;
    this.maxSteps = options.maxSteps;
    this.startDelays = options.startDelays ?? [];
    this.trace = options.traced === true ? [] : undefined;
  }

  get finished(): boolean {
    return this.ended !== undefined;
  }

  get taskNames(): string[] {
    return this.tasks.map((task) => task.name);
  }

  /** Adds a task; `body` runs as that task once the scheduler first chooses it. Only before `start`. */
  spawn(name: string, body: () => unknown): void {
    if (this.resolveEnd !== undefined) throw new Error('spawn() after the run started');
    this.tasks.push(new Task(this.tasks.length, name, body, this));
  }

  /** Starts every task and resolves with how the schedule ended. */
  start(): Promise<RunEnd> {
    const ended = new Promise<RunEnd>((resolve) => (this.resolveEnd = resolve));
    for (const task of this.tasks) this.launch(task);
    if (this.tasks.length === 0) this.finish({ kind: 'completed' });
    this.requestDecision();
    return ended;
  }

  /** The task whose code is calling, if it belongs to this run. */
  current(): number | undefined {
    const store = schedulingContext.getStore();
    return store instanceof TaskScheduling && store.run === this ? store.task.id : undefined;
  }

  /** Ends the schedule with a failure (the first failure wins). */
  fail(end: Exclude<RunEnd, { kind: 'completed' }>): void {
    this.finish(end);
  }

  note(event: TraceEvent): void {
    this.trace?.push(event);
  }

  point(task: Task, label: string): Promise<void> {
    if (this.finished) return never; // a task of a finished schedule stops at its next point
    this.leaveRunning(task);
    task.state = 'runnable';
    task.at = label;
    const resumed = new Promise<void>((resolve) => task.gates.push(resolve));
    this.requestDecision();
    return resumed;
  }

  park(task: Task, reason: string): Parking {
    if (this.finished) return neverParking;
    this.leaveRunning(task);
    const parked = { reason };
    task.parkedOn.add(parked);
    if (task.gates.length === 0) {
      task.state = 'blocked';
      task.at = reason;
    } else {
      task.state = 'runnable'; // another flow of the task was woken meanwhile
    }
    this.note({ kind: 'block', task: task.id, reason });
    let settled = false;
    const { promise, resolve, reject } = deferred();
    const settle = (gate: () => void, failed: boolean): void => {
      if (settled || this.finished) return;
      settled = true;
      task.parkedOn.delete(parked);
      task.gates.push(gate);
      if (task.state !== 'running') task.state = 'runnable';
      this.note({ kind: 'wake', task: task.id, by: this.current(), failed });
      this.requestDecision();
    };
    this.requestDecision();
    return {
      promise,
      wake: () => { settle(resolve, false); },
      fail: (error) => { settle(() => { reject(error); }, true); },
    };
  }

  private launch(task: Task): void {
    const delay = this.startDelays[task.id] ?? 0;
    if (delay > 0) {
      task.state = 'blocked';
      task.at = `start at t=${delay}`;
      this.clock.set(delay, () => {
        task.state = 'runnable';
        task.at = 'start';
        this.requestDecision();
      });
    }
    schedulingContext.run(task.scheduling, () => {
      const started = new Promise<void>((resolve) => task.gates.push(resolve));
      started
        .then(() => task.body())
        .then(
          () => { this.taskDone(task); },
          (error: unknown) => { this.taskThrew(task, error); },
        );
    });
  }

  private taskDone(task: Task): void {
    if (this.finished) return;
    this.leaveRunning(task);
    task.finished = true;
    // Flows the body left behind that are due to resume still get scheduled; otherwise the task is done.
    task.state = task.gates.length > 0 ? 'runnable' : 'done';
    task.at = 'done';
    this.note({ kind: 'done', task: task.id });
    if (this.tasks.every((t) => t.finished)) this.finish({ kind: 'completed' });
    else this.requestDecision();
  }

  private taskThrew(task: Task, error: unknown): void {
    if (this.finished) return;
    this.leaveRunning(task);
    task.finished = true;
    task.state = 'done';
    this.note({ kind: 'throw', task: task.id, message: error instanceof Error ? error.message : String(error) });
    this.finish({ kind: 'crash', task: task.name, error });
  }

  private leaveRunning(task: Task): void {
    if (task.state === 'running') this.running -= 1;
  }

  private requestDecision(): void {
    if (this.decisionQueued || this.finished) return;
    this.decisionQueued = true;
    queueMicrotask(this.decide);
  }

  private readonly decide = (): void => {
    this.decisionQueued = false;
    if (this.finished || this.running > 0) return;
    const runnable: number[] = [];
    for (const task of this.tasks) if (task.state === 'runnable') runnable.push(task.id);
    if (runnable.length === 0) {
      this.armProbe();
      return;
    }
    if (!this.countStep()) return;
    const decision: Decision = { runnable, last: this.last, index: this.choices.length };
    const chosen = this.ask(decision);
    if (chosen === undefined) return;
    this.record(decision, chosen);
    this.resume(this.tasks[chosen] as Task);
  };

  /** Asks the strategy; undefined (and the run ended) if it cannot follow a recorded schedule. */
  private ask(decision: Decision): number | undefined {
    try {
      return this.strategy.choose(decision);
    } catch (error) {
      this.finish({ kind: 'mismatch', message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }

  private record(decision: Decision, chosen: number): void {
    this.choices.push(chosen);
    if (chosen !== defaultChoice(decision)) this.switches.push([decision.index, chosen]);
    if (isPreemption(decision, chosen)) this.preemptions += 1;
  }

  private resume(task: Task): void {
    task.state = 'running';
    task.steps += 1;
    this.running += 1;
    this.last = task.id;
    beat(task.id);
    this.note({ kind: 'resume', task: task.id, time: this.clock.now(), at: task.at });
    // One flow at a time: a task whose body runs several promise chains (Promise.all over fetches, a
    // timeout racing an acquire) may have more than one woken. Which resumes first is a decision too;
    // the others stay pending and make the task runnable again once this one yields.
    let index = 0;
    if (task.gates.length > 1) {
      const decision: Decision = { runnable: task.gates.map((_, i) => i), last: undefined, index: this.choices.length };
      const chosen = this.ask(decision);
      if (chosen === undefined) return;
      this.record(decision, chosen);
      index = chosen;
    }
    const [gate] = task.gates.splice(index, 1);
    gate?.();
    this.armProbe();
  }

  private countStep(): boolean {
    this.steps += 1;
    if (this.steps <= this.maxSteps) return true;
    this.finish({ kind: 'livelock', steps: this.maxSteps, tasks: this.tasks.map((t) => t.view()) });
    return false;
  }

  /** Runs `onIdle` once the event loop has no microtask left: then nothing in this run is executing. */
  private armProbe(): void {
    if (this.probeArmed || this.finished) return;
    this.probeArmed = true;
    realSetImmediate(this.onIdle);
  }

  private readonly onIdle = (): void => {
    this.probeArmed = false;
    if (this.finished) return;
    for (const task of this.tasks) {
      if (task.state === 'running') this.settleIdle(task);
    }
    this.running = 0;
    if (this.tasks.some((task) => task.state === 'runnable')) {
      this.decide();
      return;
    }
    if (this.clock.pending > 0) {
      if (!this.countStep()) return;
      // The separator goes first, so the wake-ups the timers cause are drawn under it.
      this.note({ kind: 'time', time: Math.max(this.clock.now(), this.clock.nextDue ?? 0) });
      this.clock.fireNext();
      this.requestDecision();
      this.armProbe();
      return;
    }
    this.finish({ kind: 'deadlock', tasks: this.tasks.filter((t) => !t.finished).map((t) => t.view()) });
  };

  /** A task that was running while the event loop went idle: what is it waiting for? */
  private settleIdle(task: Task): void {
    if (task.gates.length > 0) {
      task.state = 'runnable'; // a flow of it was woken while another flow was running
    } else if (task.finished) {
      task.state = 'done';
    } else if (task.parkedOn.size > 0) {
      task.state = 'blocked';
      task.at = [...task.parkedOn].map((parked) => parked.reason).join(' and ');
    } else {
      task.state = 'unseen'; // whatever resolves the promise it awaits will resume it
      task.at = 'awaiting a promise the explorer does not control';
    }
  }

  private finish(end: RunEnd): void {
    if (this.ended !== undefined) return;
    this.ended = end;
    this.resolveEnd?.(end);
  }
}
