import { resolve } from 'node:path';
import type { KataSpec } from '../explorer/spec';
import { Phase, type VitalsWriter } from './vitals';

export interface SpecObserver {
  /** The file under test loaded and exports the contract; `name` is its class's (or function's) name. */
  onLoaded(name: string): void;
  /** A scenario is about to set up; `run` counts scenarios from 1. */
  onScenario(run: number): void;
}

/** Specs already wrapped in this worker, with the check their wrappers report to. */
const instrumented = new WeakMap<object, { observer: SpecObserver; runs: number }>();

/**
 * Wraps the kata spec's `load` and `scenario` (the spec module is cached, so the judge gets the wrapped
 * object) to record the phase in the vitals: whether the learner's file is loading, its constructor is
 * running, or its tasks are. The watchdog uses the phase to name a loop in the constructor as such, within
 * the same few seconds as any other busy-wait.
 */
export function instrumentSpec(specPath: string, vitals: VitalsWriter, observer: SpecObserver): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same module object the judge will require
  const spec = (require(resolve(specPath)) as { default?: KataSpec<unknown, unknown> }).default;
  if (spec === undefined) return; // the judge reports a spec without a default export
  const check = { observer, runs: 0 };
  const earlier = instrumented.get(spec);
  if (earlier !== undefined) {
    // A worker judging another file against a spec it has wrapped: the wrappers now report to this check.
    Object.assign(earlier, check);
    return;
  }
  instrumented.set(spec, check);
  const load = spec.load.bind(spec);
  const scenario = spec.scenario.bind(spec);
  spec.load = (exports) => {
    const impl = load(exports);
    vitals.enter(Phase.Loaded);
    check.observer.onLoaded(typeof impl === 'function' && impl.name !== '' ? impl.name : 'the exported object');
    return impl;
  };
  spec.scenario = (impl, params, ctx) => {
    check.runs += 1;
    check.observer.onScenario(check.runs);
    vitals.enter(Phase.Setup);
    const made = scenario(impl, params, ctx);
    vitals.enter(Phase.Tasks);
    return made;
  };
}
