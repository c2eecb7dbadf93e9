import { defaultExploreOptions, exhaustiveShare } from '../../src/explorer/explore';
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
  /**
   * Two tasks passing many points each: far more interleavings than the budget allows. Each schedule "takes"
   * 10 ms on the budget's clock, so the test does not depend on the machine's speed.
   */
  const huge = (cases: Parameters<typeof miniSpec>[1]) => {
    let ms = 0;
    const spec = miniSpec((ctx) => {
      ms += 10;
      for (const name of ['a', 'b']) {
        ctx.spawn(name, async () => {
          for (let i = 0; i < 40; i++) await scheduling().point(`${name}${i}`);
        });
      }
      return undefined;
    }, cases);
    return { spec, budgetClock: () => ms };
  };

  test('a last search cut at its share does not make the run "stopped early": every case was explored', async () => {
    const { spec, budgetClock } = huge([
      { label: 'sampled first', params: null, schedules: 3 },
      { label: 'huge search last', params: null, exhaustive: true },
    ]);
    const result = await exploreMini(spec, { timeBudgetMs: 200, budgetClock });
    expect(result.cases).toEqual([
      expect.objectContaining({ label: 'sampled first', schedules: 3 }),
      expect.objectContaining({ label: 'huge search last', complete: false, note: 'its share of the time budget ran out' }),
    ]);
    expect(result.outOfTime).toBe(false);
  });

  test('a sampled case cut by the budget makes the run "stopped early"', async () => {
    const { spec, budgetClock } = huge([
      { label: 'huge search first', params: null, exhaustive: true },
      { label: 'many sampled schedules last', params: null, schedules: 1_000_000 },
    ]);
    const result = await exploreMini(spec, { timeBudgetMs: 200, budgetClock });
    expect(result.outOfTime).toBe(true);
    expect(result.cases.at(-1)).toMatchObject({ mode: 'sampled', complete: false });
  });
});

describe('an exhaustive search cut at its share', () => {
  /** Two tasks with 3 points each (70 interleavings); each schedule "takes" 10 ms on the budget's clock. */
  const clocked = (onlyOneTaskAfterMs = Number.POSITIVE_INFINITY) => {
    let ms = 0;
    const spec = miniSpec(
      (ctx) => {
        ms += 10;
        for (const name of ms > onlyOneTaskAfterMs ? ['a'] : ['a', 'b']) {
          ctx.spawn(name, async () => {
            for (let i = 0; i < 3; i++) await scheduling().point(`${name}${i}`);
          });
        }
        return undefined;
      },
      [
        { label: 'search first', params: null, exhaustive: true },
        { label: 'one sampled schedule after it', params: null, schedules: 1 },
      ],
    );
    return { spec, budgetClock: () => ms };
  };

  test('goes on once every case ran, if time is left, and then says it is complete', async () => {
    // 1000 ms: the search may first use half (the sampled case keeps the rest, nothing to estimate from yet),
    // about 50 of its 70 schedules; after the sampled case the rest fits.
    const { spec, budgetClock } = clocked();
    const result = await exploreMini(spec, { timeBudgetMs: 1000, budgetClock });
    expect(result.cases[0]).toMatchObject({ label: 'search first', schedules: 70, complete: true });
    expect(result.cases[0]).not.toHaveProperty('note');
    expect(result.outOfTime).toBe(false);
  });

  test('counts each schedule once in the progress it reports while it goes on', async () => {
    const { spec, budgetClock } = clocked();
    const totals: number[] = [];
    await exploreMini(spec, { timeBudgetMs: 1000, budgetClock, onProgress: (_done, total) => totals.push(total) });
    expect(Math.max(...totals)).toBeLessThanOrEqual(70 + 1); // the search and the sampled case
  });

  test('that turns out nondeterministic as it goes on says so, and the case is sampled instead', async () => {
    // From the 60th schedule on, task b is gone: the search's choices of b no longer fit.
    const { spec, budgetClock } = clocked(600);
    const result = await exploreMini(spec, { timeBudgetMs: 1000, budgetClock });
    expect(result.cases).toEqual([
      expect.objectContaining({ label: 'search first', mode: 'exhaustive', complete: false, note: expect.stringMatching(/ran differently on the same schedule/) as unknown }),
      expect.objectContaining({ label: 'one sampled schedule after it', schedules: 1 }),
      expect.objectContaining({ label: 'search first', mode: 'sampled' }),
    ]);
    // 300 sampled schedules do not fit in the 400 ms left: the run says it stopped early.
    expect(defaultExploreOptions.schedules * 10).toBeGreaterThan(400);
    expect(result.outOfTime).toBe(true);
  });

  test('says it was cut short when the time left does not suffice', async () => {
    const { spec, budgetClock } = clocked();
    const result = await exploreMini(spec, { timeBudgetMs: 500, budgetClock });
    expect(result.cases[0]).toMatchObject({ label: 'search first', complete: false, note: 'its share of the time budget ran out' });
    expect((result.cases[0] as { schedules: number }).schedules).toBeLessThan(70);
    expect(result.cases[1]).toMatchObject({ schedules: 1 });
  });
});
