import { BULK_STALL_MS, pastLimit, STALL_MS } from '../../src/sandbox/run-in-sandbox';

/** When the watchdog calls a worker stuck, and for how long it says the task ran. */
describe('the watchdog stall limit', () => {
  test('counts CPU time where it can be read: a spinning task is stopped at the limit, however busy the machine', () => {
    expect(pastLimit(1000, 999, 4999)).toBeUndefined();
    expect(pastLimit(1000, 1000, 1000)).toBe(1000);
    // A loaded machine stretches the wall clock, not the worker's CPU time.
    expect(pastLimit(1000, 300, 4000)).toBeUndefined();
  });

  test('a worker blocked in a synchronous call burns no CPU: the wall clock stops it at five times the limit', () => {
    expect(pastLimit(1000, 0, 4999)).toBeUndefined();
    expect(pastLimit(1000, 0, 5000)).toBe(5000);
  });

  test('where only the wall clock can be read, the limit is never under 3 s', () => {
    expect(pastLimit(1000, undefined, 2999)).toBeUndefined();
    expect(pastLimit(1000, undefined, 3000)).toBe(3000);
    expect(pastLimit(20_000, undefined, 19_999)).toBeUndefined();
    expect(pastLimit(20_000, undefined, 20_000)).toBe(20_000);
  });

  test('bulk judging allows more than a learner check, both well above any step of a correct solution', () => {
    expect(STALL_MS).toBeGreaterThanOrEqual(1000);
    expect(BULK_STALL_MS).toBeGreaterThan(STALL_MS);
  });
});
