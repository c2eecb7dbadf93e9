import { attemptKey, eventLine, parseEvent, ResultBuilder } from '../../bench/bug-events';
import { stallLimitMs } from '../../bench/bug-runner';

describe('bug-finding events between the child and the bench', () => {
  it('round-trips an event and ignores lines without the marker', () => {
    const event = { kind: 'start', slug: 'k', mutant: 'm', approach: 'jitter' } as const;
    expect(parseEvent(eventLine(event))).toEqual(event);
    expect(parseEvent('something a mutant printed')).toBeUndefined();
  });

  it('builds results in the order run, with a hung attempt where it happened and repeated events taken once', () => {
    const b = new ResultBuilder();
    const caught = { after: 1, caseLabel: 'c', caseIndex: 0, inCase: 1, how: 'deadlock' };
    b.add({ kind: 'kata', slug: 'k', mutants: ['a', 'b', 'spin'] });
    b.add({ kind: 'attempt', slug: 'k', mutant: 'a', attempt: { approach: 'explorer', caught, schedules: 1, elapsedMs: 2, cut: false } });
    b.add({ kind: 'skipped', slug: 'k', mutant: 'b', reason: 'busy-waits' });
    b.hung('k', 'spin', 'jitter', 15_000);
    // A restarted child announces the kata and the skipped mutant again.
    b.add({ kind: 'kata', slug: 'k', mutants: ['a', 'b', 'spin'] });
    b.add({ kind: 'skipped', slug: 'k', mutant: 'b', reason: 'busy-waits' });
    const results = b.results(['k', 'never-run']);
    expect(results.get('never-run')).toEqual([]);
    const k = results.get('k') ?? [];
    expect(k.map((r) => r.mutant)).toEqual(['a', 'b', 'spin']);
    expect(k[0]?.attempts).toHaveLength(1);
    expect(k[1]?.skipped).toBe('busy-waits');
    expect(k[1]?.attempts).toEqual([]);
    expect(k[2]?.attempts).toEqual([{ approach: 'jitter', caught: undefined, schedules: 0, elapsedMs: 15_000, cut: true, hung: true }]);
  });

  it('keys attempts by kata, mutant and approach', () => {
    expect(attemptKey('k', 'm', 'fast-check')).toBe('k/m/fast-check');
  });

  it('waits well past the budget before calling an attempt hung', () => {
    expect(stallLimitMs(250)).toBe(15_000);
    expect(stallLimitMs(5000)).toBe(50_000);
    expect(stallLimitMs(null)).toBe(120_000);
  });
});
