import { VirtualClock } from '../../src/explorer/clock';
import { Rng } from '../../src/explorer/rng';
import { decodeSchedule } from '../../src/explorer/schedule';
import { defaultChoice, PctStrategy, RandomStrategy, ReplayStrategy, ScheduleMismatch } from '../../src/explorer/strategy';

describe('VirtualClock', () => {
  test('fires timers in due order, equal times in the order set, one at a time', () => {
    const clock = new VirtualClock();
    const fired: string[] = [];
    clock.set(20, () => fired.push(`b@${clock.now()}`));
    clock.set(10, () => fired.push(`a@${clock.now()}`));
    clock.set(20, () => fired.push(`c@${clock.now()}`));
    expect(clock.fireOne()).toBe(false); // nothing is due before time advances
    expect(clock.advance()).toBe(true);
    expect(clock.fireOne()).toBe(true);
    expect([fired, clock.hasDue()]).toEqual([['a@10'], false]);
    clock.advance();
    expect(clock.fireOne()).toBe(true);
    expect([fired, clock.hasDue()]).toEqual([['a@10', 'b@20'], true]);
    expect(clock.fireOne()).toBe(true);
    expect(fired).toEqual(['a@10', 'b@20', 'c@20']);
    expect([clock.fireOne(), clock.advance()]).toEqual([false, false]);
  });

  test("an immediate fires before the 0 ms timeouts due at its instant (Node's check phase comes first), after those due earlier", () => {
    const clock = new VirtualClock();
    const fired: string[] = [];
    clock.set(1, () => fired.push('timeout set first'));
    clock.set(1, () => fired.push('immediate'), 'code', undefined, true);
    clock.set(1, () => fired.push('timeout set last'));
    clock.advance();
    while (clock.fireOne()) continue;
    expect(fired).toEqual(['immediate', 'timeout set first', 'timeout set last']);
    const later: string[] = [];
    clock.set(1, () => later.push('timeout'));
    clock.set(2, () => later.push('immediate due later'), 'code', undefined, true);
    while (clock.advance()) while (clock.fireOne()) continue;
    expect(later).toEqual(['timeout', 'immediate due later']);
  });

  test('an interval re-arms itself; a cleared timer never fires', () => {
    const clock = new VirtualClock();
    let ticks = 0;
    const interval = clock.set(5, () => (ticks += 1), 'code', 5);
    const cleared = clock.set(7, () => (ticks += 100));
    clock.clear(cleared);
    for (let i = 0; i < 3; i++) {
      clock.advance();
      clock.fireOne();
    }
    expect([ticks, clock.now()]).toEqual([3, 15]);
    clock.clear(interval);
    expect(clock.pending).toBe(0);
  });
});

describe('strategies', () => {
  const decision = (runnable: number[], last: number | undefined, index = 0) => ({ kind: 'task' as const, runnable, last, index });

  test('the default choice keeps the last task running, else takes the lowest id', () => {
    expect(defaultChoice(decision([0, 1, 2], 1))).toBe(1);
    expect(defaultChoice(decision([0, 2], 1))).toBe(0);
  });

  test('random and PCT are reproducible from their seed and only pick runnable tasks', () => {
    const picks = (seed: number): number[] => {
      const random = new RandomStrategy(new Rng(seed));
      const pct = new PctStrategy(new Rng(seed), 4, 3, 20);
      return Array.from({ length: 20 }, (_, i) => [random.choose(decision([1, 3], 1, i)), pct.choose(decision([0, 2, 3], 0, i))]).flat();
    };
    expect(picks(5)).toEqual(picks(5));
    expect(picks(5).every((id) => [0, 1, 2, 3].includes(id))).toBe(true);
  });

  test('PCT of depth 1 never changes its mind: the same task runs while it can', () => {
    const pct = new PctStrategy(new Rng(9), 3, 1, 50);
    const first = pct.choose(decision([0, 1, 2], undefined, 0));
    for (let i = 1; i < 50; i++) expect(pct.choose(decision([0, 1, 2], first, i))).toBe(first);
  });

  test('a replayed switch to a task that cannot run is a mismatch (strict) or ignored (lenient)', () => {
    const { switches } = decodeSchedule('c0.s0:2');
    const table = new Map(switches.map(([d, t]) => [d, t] as [number, number]));
    expect(() => new ReplayStrategy(table).choose(decision([0, 1], undefined))).toThrow(ScheduleMismatch);
    expect(new ReplayStrategy(table, true).choose(decision([0, 1], undefined))).toBe(0);
  });
});
