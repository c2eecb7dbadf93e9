import type { Decision } from '../../src/explorer/strategy';
import { PlayPause, PrefixStrategy } from '../../src/play/prefix-strategy';

const task = (index: number, runnable: number[], last?: number): Decision => ({ kind: 'task', runnable, last, index });

describe('PrefixStrategy', () => {
  test('follows the prefix, takes forced decisions itself, and pauses at the first real choice past it', () => {
    const strategy = new PrefixStrategy([2]);
    expect(strategy.choose(task(0, [0, 1, 2]))).toBe(2);
    expect(strategy.choose(task(1, [1], 2))).toBe(1); // one option: nothing to ask
    const open = task(2, [0, 1], 1);
    expect(() => strategy.choose(open)).toThrow(PlayPause);
    expect(strategy.paused).toBe(open);
    expect(strategy.optionCounts).toEqual([3, 1]);
  });

  test('a time decision has two or three options, so it is asked too', () => {
    const strategy = new PrefixStrategy([2]);
    expect(strategy.choose({ kind: 'time', index: 0, hold: true })).toBe(2);
    expect(() => strategy.choose({ kind: 'time', index: 1, hold: false })).toThrow(PlayPause);
    expect(strategy.paused?.kind).toBe('time');
    expect(strategy.optionCounts).toEqual([3]);
  });

  test('a prefix choice that is no option stops the run without a decision to show', () => {
    const strategy = new PrefixStrategy([5]);
    expect(() => strategy.choose(task(0, [0, 1]))).toThrow(/no option 5/);
    expect(strategy.paused).toBeUndefined();
  });

  test('with follow, it makes the schedule\'s switches and the default choice elsewhere, never pausing', () => {
    const strategy = new PrefixStrategy([], { kind: 'follow', switches: new Map([[1, 0]]) });
    expect(strategy.choose(task(0, [0, 1, 2]))).toBe(0); // default: the lowest id
    expect(strategy.choose(task(1, [0, 1, 2], 0))).toBe(0); // the switch
    expect(strategy.choose(task(2, [1, 2], 0))).toBe(1); // default: last cannot run, so the lowest
    expect(strategy.choose({ kind: 'flow', task: 1, flows: 2, index: 3 })).toBe(0);
    expect(strategy.optionCounts).toEqual([3, 3, 2, 2]);
  });
});
