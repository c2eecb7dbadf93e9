import { exhaustiveShare } from '../../src/explorer/explore';
import { scheduling } from '../../src/kit/scheduling';
import { exploreMini, miniSpec } from './mini-spec';

describe('an exhaustive search’s share of a time budget', () => {
  test('the last case may use all that is left', () => {
    expect(exhaustiveShare({ remainingMs: 1200, exhaustiveAfter: 0, sampledAfter: 0, msPerSchedule: 0.5 })).toBe(1200);
  });

  test('sampled cases after it keep what they are expected to need, at most half', () => {
    // 200 schedules at 2 ms: 400 ms kept, the rest split between this search and the one after it.
    expect(exhaustiveShare({ remainingMs: 1600, exhaustiveAfter: 1, sampledAfter: 200, msPerSchedule: 2 })).toBe(600);
    expect(exhaustiveShare({ remainingMs: 1600, exhaustiveAfter: 0, sampledAfter: 10_000, msPerSchedule: 2 })).toBe(800);
  });

  test('with nothing to estimate from, the sampled cases after it keep half', () => {
    expect(exhaustiveShare({ remainingMs: 1000, exhaustiveAfter: 0, sampledAfter: 30, msPerSchedule: undefined })).toBe(500);
  });

  test('without a budget every search may run to its end', () => {
    expect(exhaustiveShare({ remainingMs: Number.POSITIVE_INFINITY, exhaustiveAfter: 2, sampledAfter: 30, msPerSchedule: undefined })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});

describe('a run that meets its time budget', () => {
  /** Two tasks passing many points each: far more interleavings than any budget here allows. */
  const huge = miniSpec(
    (ctx) => {
      for (const name of ['a', 'b']) {
        ctx.spawn(name, async () => {
          for (let i = 0; i < 40; i++) await scheduling().point(`${name}${i}`);
        });
      }
      return undefined;
    },
    [
      { label: 'sampled first', params: null, schedules: 3 },
      { label: 'huge search last', params: null, exhaustive: true },
    ],
  );

  test('a last search cut at its share does not make the run "stopped early": every case was explored', async () => {
    const result = await exploreMini(huge, { timeBudgetMs: 50 });
    expect(result.cases).toEqual([
      expect.objectContaining({ label: 'sampled first', schedules: 3 }),
      expect.objectContaining({ label: 'huge search last', complete: false, note: 'its share of the time budget ran out' }),
    ]);
    expect(result.outOfTime).toBe(false);
  });

  test('a sampled case cut by the budget makes the run "stopped early"', async () => {
    const cases = [...huge.cases(undefined as never)].reverse().map((c) => ({ ...c, schedules: 1_000_000 }));
    const result = await exploreMini({ ...huge, cases: () => cases }, { timeBudgetMs: 50 });
    expect(result.outOfTime).toBe(true);
    expect(result.cases.at(-1)).toMatchObject({ mode: 'sampled', complete: false });
  });
});
