import { controlled, scheduling } from './scheduling';

/** Suspends the calling task for `ms` milliseconds; under the explorer these are virtual milliseconds. */
export function sleep(ms: number): Promise<void> {
  if (!(ms >= 0)) throw new RangeError(`sleep() needs a duration >= 0, got ${String(ms)}`);
  return controlled(scheduling().sleep(ms));
}
