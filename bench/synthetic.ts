import fc from 'fast-check';
import type { KataCase, KataSpec } from '../src/explorer/spec';
import { scheduling } from '../src/kit/scheduling';

export const SYNTHETIC_TASKS = 3;
export const SYNTHETIC_AWAITS = 4;

/**
 * The synthetic workload: 3 tasks of 4 awaits each, every await one scheduling point, and a check that only
 * counts them. It measures what a schedule costs an approach when the code under test costs nothing.
 */
export const syntheticSpec: KataSpec<null, null> = {
  slug: 'synthetic',
  load: () => null,
  cases: () => [],
  scenario(_impl, _params, ctx) {
    let passed = 0;
    for (let t = 1; t <= SYNTHETIC_TASKS; t++) {
      ctx.spawn(`task ${t}`, async () => {
        for (let a = 0; a < SYNTHETIC_AWAITS; a++) {
          await scheduling().point('p');
          passed += 1;
        }
      });
    }
    return {
      check: () => (passed === SYNTHETIC_TASKS * SYNTHETIC_AWAITS ? undefined : { message: `only ${passed} awaits passed` }),
    };
  },
};

/** One sampled case with more schedules than any time budget lets run: the budget ends the measurement. */
export const syntheticCases: ReadonlyArray<KataCase<null>> = [{ label: `${SYNTHETIC_TASKS} tasks x ${SYNTHETIC_AWAITS} awaits`, params: null, schedules: 1e9 }];

/**
 * fast-check's scheduler with nothing around it, as its documentation uses it: the same 3 x 4 awaits as plain
 * `await s.schedule(...)` calls, no kit, no scenario, no deadlock or rejection checks. An upper bound for
 * the fast-check row.
 */
export async function bareFastCheck(budgetMs: number): Promise<{ schedules: number; steps: number; elapsedMs: number }> {
  const started = performance.now();
  let schedules = 0;
  let unfinished = 0;
  // Chunks of 250 runs, so that a short budget is not overrun by much.
  for (let chunk = 0; performance.now() - started < budgetMs; chunk++) {
    const property = fc.asyncProperty(fc.scheduler(), async (s) => {
      let done = 0;
      const task = async (): Promise<void> => {
        for (let a = 0; a < SYNTHETIC_AWAITS; a++) await s.schedule(Promise.resolve(), 'p');
        done += 1;
      };
      for (let t = 0; t < SYNTHETIC_TASKS; t++) void task();
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the classic call, as in the kata drivers
      await s.waitAll();
      schedules += 1;
      if (done !== SYNTHETIC_TASKS) unfinished += 1;
      return true;
    });
    await fc.check(property, { numRuns: 250, seed: chunk });
  }
  if (unfinished > 0) throw new Error(`bare fast-check: ${unfinished} schedules ended with tasks unfinished`);
  return { schedules, steps: schedules * SYNTHETIC_TASKS * SYNTHETIC_AWAITS, elapsedMs: performance.now() - started };
}
