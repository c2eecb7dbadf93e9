import { scheduling } from '../../src/kit/scheduling';
import { decodeSchedule, encodeSchedule, ScheduleSyntaxError } from '../../src/explorer/schedule';
import { exploreMini, miniSpec } from './mini-spec';

/** A lost update: two tasks read, yield, then write. Fails only if one task runs between the other's read and write. */
const lostUpdate = (points: number) =>
  miniSpec(
    (ctx) => {
      let counter = 0;
      for (const name of ['p', 'q']) {
        ctx.spawn(name, async () => {
          for (let i = 0; i < points; i++) await scheduling().point(`warm-up ${i}`);
          const read = counter;
          await scheduling().point('between read and write');
          counter = read + 1;
        });
      }
      return { check: () => (counter === 2 ? undefined : { message: 'lost update', expected: '2', actual: String(counter) }) };
    },
    [{ label: 'sampled', params: null, schedules: 200 }],
  );

describe('replay', () => {
  test('the encoded schedule replays the same failure, step for step', async () => {
    const found = (await exploreMini(lostUpdate(3))).failure;
    expect(found).toBeDefined();
    if (found === undefined) return;
    const text = encodeSchedule(found.outcome.schedule);
    const replayed = (await exploreMini(lostUpdate(3), { replay: decodeSchedule(text) })).failure;
    expect(replayed?.outcome.failure).toEqual(found.outcome.failure);
    expect(replayed?.outcome.schedule.hash).toBe(found.outcome.schedule.hash);
    expect(replayed?.mismatch).toBeUndefined();
  });

  test('replaying on changed code says the schedule no longer matches', async () => {
    const found = (await exploreMini(lostUpdate(3))).failure;
    if (found === undefined) throw new Error('expected a failure');
    const replayed = await exploreMini(lostUpdate(1), { replay: found.outcome.schedule });
    expect(replayed.failure?.mismatch ?? '').toMatch(/does not fit|changed/);
  });

  test('a schedule with a typo is refused with the reason', () => {
    expect(() => decodeSchedule('c0.s1-2')).toThrow(ScheduleSyntaxError);
    expect(decodeSchedule(encodeSchedule({ caseIndex: 2, delays: [[0, 5]], switches: [[4, 1]], hash: 'ab' }))).toEqual({
      caseIndex: 2,
      delays: [[0, 5]],
      switches: [[4, 1]],
      hash: 'ab',
    });
  });

  test('code whose runs differ for the same schedule is flagged as nondeterministic', async () => {
    // State that leaks from one run into the next (real randomness would too): each run sees a different value.
    let runs = 0;
    const spec = miniSpec(
      (ctx) => {
        let value = 0;
        const yields = runs++ % 2 === 0;
        ctx.spawn('flaky', async () => {
          value = 1;
          if (yields) await scheduling().point('sometimes');
          value = 2;
        });
        ctx.spawn('reader', async () => {
          await scheduling().point('read');
          if (value === 1) ctx.fail({ message: 'saw a half-done update' });
        });
        return undefined;
      },
      [{ label: 'sampled', params: null, schedules: 300 }],
    );
    const found = (await exploreMini(spec)).failure;
    expect(found?.nondeterminism).toMatch(/ran differently when replayed/);
  });
});

describe('shrinking', () => {
  test('a lost update found by random search shrinks to the single preemption it needs', async () => {
    const found = (await exploreMini(lostUpdate(6))).failure;
    expect(found).toBeDefined();
    expect(found?.outcome.preemptions).toBe(1);
    expect(found?.outcome.schedule.delays).toEqual([]);
    expect(found?.outcome.failure?.actual).toBe('1');
  });
});
