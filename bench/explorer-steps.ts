import { TaskScheduling } from '../src/explorer/run';

/**
 * Counts the explorer's steps the way the baselines count theirs: kit scheduling calls (point, park, sleep).
 * The explorer does not report them, so its TaskScheduling methods are wrapped once, at run time (src/ is
 * untouched); the wrapper adds one increment per call.
 */
export const explorerSteps = { count: 0 };

let installed = false;

export function countExplorerSteps(): void {
  if (installed) return;
  installed = true;
  const proto = TaskScheduling.prototype;
  // Taken as functions of `this: TaskScheduling` and only ever called with a TaskScheduling as `this`.
  const method = (name: 'point' | 'park' | 'sleep'): unknown => Object.getOwnPropertyDescriptor(proto, name)?.value;
  const point = method('point') as (this: TaskScheduling, label: string) => Promise<void>;
  const park = method('park') as (this: TaskScheduling, reason: string) => ReturnType<TaskScheduling['park']>;
  const sleep = method('sleep') as (this: TaskScheduling, ms: number) => Promise<void>;
  proto.point = function (this: TaskScheduling, label: string) {
    explorerSteps.count += 1;
    return point.call(this, label);
  };
  proto.park = function (this: TaskScheduling, reason: string) {
    explorerSteps.count += 1;
    return park.call(this, reason);
  };
  proto.sleep = function (this: TaskScheduling, ms: number) {
    explorerSteps.count += 1;
    return sleep.call(this, ms);
  };
}
