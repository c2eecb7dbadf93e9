/**
 * Garbage collection as one more choice of the environment. Node may collect an object the moment nothing but
 * weak references reach it, or never; code that keeps a resolver or a lock only through a `WeakRef`, or that
 * trusts a `FinalizationRegistry` callback to come on time, is right or wrong depending on when that happens.
 * Left to V8, collection happens when the heap says so: almost never within a short schedule, and not at the
 * same point twice, so such bugs passed and a failure could not be replayed.
 *
 * So inside a run the targets of `WeakRef`s and `FinalizationRegistry` registrations are held strongly by the
 * run (`WeakHolds`), and collected only where the run's strategy chooses to, a `collect` decision:
 * - at every `deref()` of a target still held, since that is where a collection becomes visible;
 * - before the clock moves while registrations are held, since cleanup callbacks are macrotasks.
 * A collection drops every hold, runs V8's full collector, and holds again what survived. A registration whose
 * target died gets its cleanup callback as an unref'd immediate of the task that registered it: it runs once
 * the clock moves on, after every continuation ready now, or never if the run ends first, as Node may.
 *
 * The globals are replaced by subclasses, installed with the time sources (reference-counted there), so
 * `instanceof` and the methods' contracts stay the real ones; outside any run they behave as the real ones.
 * Written by hand: no library virtualizes garbage collection.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Scheduling, schedulingContext } from '../kit/scheduling';

/** What a collection needs of the run that owns the held targets. */
export interface CollectingRun {
  /** Asks the run's strategy whether the collector runs here; false once the run has ended. */
  chooseToCollect(): boolean;
  /** The run's holds (one object per run). */
  readonly weakHolds: WeakHolds;
  /** Queues a registration's cleanup callback as the task that registered it (an unref'd immediate). */
  queueCleanup(store: Scheduling | undefined, callback: () => void): void;
  /** Adds a line to the run's trace, if it keeps one. */
  noteCollection(text: string): void;
}

/** Finds the run of the calling code, if any (set by `installWeakReferences`). */
type RunLookup = () => CollectingRun | undefined;

const RealWeakRef = WeakRef;
const RealRegistry = FinalizationRegistry;

let collector: (() => void) | undefined;

/** V8's full collector, exposed once on first use (the flag only matters to contexts made after it is set). */
function fullCollection(): void {
  if (collector === undefined) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}

interface Registration {
  readonly registry: HeldRegistry;
  readonly target: WeakRef<object>;
  /** The target itself until the run collects; undefined during a collection. */
  strong: object | undefined;
  readonly held: unknown;
  readonly token: unknown;
  readonly store: Scheduling | undefined;
}

/** The targets one run holds for its code's weak references, and its collections. */
export class WeakHolds {
  private readonly refs = new Set<HeldWeakRef>();
  private readonly registrations = new Set<Registration>();

  /** Whether a cleanup callback could still be due to a collection. */
  get registered(): boolean {
    return this.registrations.size > 0;
  }

  hold(ref: HeldWeakRef): void {
    this.refs.add(ref);
  }

  register(registration: Registration): void {
    this.registrations.add(registration);
  }

  /** Forgets the registrations of `registry` made with `token`; returns whether there was one. */
  unregister(registry: HeldRegistry, token: unknown): boolean {
    let found = false;
    for (const registration of this.registrations) {
      if (registration.registry === registry && registration.token === token) {
        this.registrations.delete(registration);
        found = true;
      }
    }
    return found;
  }

  /** Drops every hold, collects, holds again what survived; queues the cleanups of what died. */
  collect(run: CollectingRun): void {
    for (const ref of this.refs) ref[release]();
    for (const registration of this.registrations) registration.strong = undefined;
    fullCollection();
    let cleared = 0;
    let queued = 0;
    for (const ref of this.refs) {
      if (ref[rehold]()) continue;
      this.refs.delete(ref);
      cleared += 1;
    }
    for (const registration of this.registrations) {
      registration.strong = registration.target.deref();
      if (registration.strong !== undefined) continue;
      this.registrations.delete(registration);
      queued += 1;
      run.queueCleanup(registration.store, () => registration.registry[cleanup](registration.held));
    }
    run.noteCollection(`GC: ${cleared} WeakRef${cleared === 1 ? '' : 's'} cleared, ${queued} cleanup${queued === 1 ? '' : 's'} queued`);
  }
}

const release = Symbol('release');
const rehold = Symbol('rehold');
const cleanup = Symbol('cleanup');

let owningRun: RunLookup = () => undefined;

/** A `WeakRef` whose target the creating run holds until it chooses to collect. */
class HeldWeakRef extends RealWeakRef<object> {
  #strong: object | undefined;
  readonly #run: CollectingRun | undefined;

  constructor(target: object) {
    super(target);
    this.#run = owningRun();
    if (this.#run === undefined) return;
    this.#strong = target;
    this.#run.weakHolds.hold(this);
  }

  override deref(): object | undefined {
    const run = this.#run;
    // A collection is visible here first: the strategy may have it happen just before this read.
    if (this.#strong !== undefined && run !== undefined && owningRun() === run && run.chooseToCollect()) run.weakHolds.collect(run);
    return this.#strong ?? super.deref();
  }

  [release](): void {
    this.#strong = undefined;
  }

  /** Holds the target again if it survived; false if it was collected. */
  [rehold](): boolean {
    this.#strong = super.deref();
    return this.#strong !== undefined;
  }
}

type Cleanup = (held: unknown) => void;

/** A `FinalizationRegistry` whose registrations made in a run are collected and cleaned up as that run chooses. */
class HeldRegistry extends RealRegistry<unknown> {
  readonly #cleanup: Cleanup;

  constructor(callback: Cleanup) {
    // The real registry still validates each registration; its own callback has nothing left to do.
    super(() => undefined);
    if (typeof callback !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
    this.#cleanup = callback;
  }

  override register(target: object, held: unknown, token?: object): void {
    super.register(target, held, token);
    const run = owningRun();
    if (run === undefined) return;
    run.weakHolds.register({ registry: this, target: new RealWeakRef(target), strong: target, held, token, store: schedulingContext.getStore() });
  }

  override unregister(token: object): boolean {
    const real = super.unregister(token);
    const ours = owningRun()?.weakHolds.unregister(this, token) ?? false;
    return real || ours;
  }

  [cleanup](held: unknown): void {
    this.#cleanup(held);
  }
}

let installed: { weakRef: PropertyDescriptor; registry: PropertyDescriptor } | undefined;

/** Replaces the globals; `lookup` finds the calling code's run. Paired with `uninstallWeakReferences`. */
export function installWeakReferences(lookup: RunLookup): void {
  owningRun = lookup;
  installed = {
    weakRef: Object.getOwnPropertyDescriptor(globalThis, 'WeakRef') as PropertyDescriptor,
    registry: Object.getOwnPropertyDescriptor(globalThis, 'FinalizationRegistry') as PropertyDescriptor,
  };
  Object.defineProperty(HeldWeakRef, 'name', { value: 'WeakRef' });
  Object.defineProperty(HeldRegistry, 'name', { value: 'FinalizationRegistry' });
  Object.defineProperty(globalThis, 'WeakRef', { ...installed.weakRef, value: HeldWeakRef });
  Object.defineProperty(globalThis, 'FinalizationRegistry', { ...installed.registry, value: HeldRegistry });
}

/** Puts the real globals back. */
export function uninstallWeakReferences(): void {
  if (installed === undefined) return;
  Object.defineProperty(globalThis, 'WeakRef', installed.weakRef);
  Object.defineProperty(globalThis, 'FinalizationRegistry', installed.registry);
  installed = undefined;
  owningRun = () => undefined;
}
