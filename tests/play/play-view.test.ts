import type { TraceEvent } from '../../src/explorer/trace';
import { describeDecision } from '../../src/play/play-judge';
import { parseMove } from '../../src/play/play-server';
import type { PlayState } from '../../src/play/play-state';
import { playView, undoChoices } from '../../src/play/play-view';
import { taskWaits } from '../../src/play/task-waits';

const names = ['first()', 'second()', 'third()'];
const trace: TraceEvent[] = [
  { kind: 'resume', task: 1, time: 0, at: 'starts' },
  { kind: 'block', task: 1, reason: 'notify on Condition#1', where: 'foo.ts:20' },
  { kind: 'resume', task: 0, time: 0, at: 'starts' },
  { kind: 'output', task: 0, text: 'first' },
  { kind: 'done', task: 0 },
];

describe('undo', () => {
  test('goes back to before the last decision that offered a choice, dropping the forced ones after it', () => {
    expect(undoChoices([1, 1, 2, 2, 0, 0], [3, 3, 2, 2, 1, 1])).toEqual([1, 1, 2]);
    expect(undoChoices([1, 0], [3, 1])).toEqual([]);
    expect(undoChoices([], [])).toEqual([]);
  });
});

describe('task waits', () => {
  test('says who can run, what a blocked task waits for and where, and who is done', () => {
    const waits = taskWaits({ taskNames: names, trace, decision: { kind: 'task', index: 3, options: [{ value: 2, label: 'run third()' }] } });
    expect(waits).toEqual(['done', 'waits for notify on Condition#1 (foo.ts:20)', 'can start next']);
  });
});

describe('play view', () => {
  const failedEnd = { failed: true, kind: 'violation', headline: 'wrong order', details: ['expected: x'], schedule: 'c0.s0:1.habc' };
  const state: PlayState = {
    caseIndex: 0,
    caseLabel: 'three tasks',
    taskNames: names,
    choices: [1, 0],
    optionCounts: [3, 2],
    trace,
    end: failedEnd,
  };

  test('draws a lane row per trace event, the verdict row after a failure, and the replay line', () => {
    const view = playView(state, { 'foo.ts': Array.from({ length: 20 }, (_, i) => `line ${i + 1}`) }, (s) => `npm run kata -- x --replay '${s}'`);
    expect(view.rowCount).toBe(trace.length + 1);
    expect(view.rows).toContain('data-code="line 20"');
    expect(view.rows).toContain('class="step verdict"');
    expect(view.end).toEqual({ failed: true, headline: 'wrong order', details: ['expected: x'], replay: "npm run kata -- x --replay 'c0.s0:1.habc'" });
    expect(view.decision).toBeUndefined();
  });

  test('a passing end has no verdict row', () => {
    const passed = playView({ ...state, end: { ...failedEnd, failed: false } }, undefined, (s) => s);
    expect(passed.rowCount).toBe(trace.length);
  });
});

describe('moves from the page', () => {
  test('are checked before anything runs', () => {
    expect(parseMove('{"target":0,"choices":[1,2]}', 1)).toEqual({ target: 0, choices: [1, 2], undo: false, optionCounts: [] });
    expect(parseMove('{"target":1,"choices":[]}', 1)).toBe('no such target');
    expect(parseMove('{"target":0,"choices":[-1]}', 1)).toBe('choices must be a list of whole numbers');
    expect(parseMove('{"target":0,"choices":[0],"undo":true,"optionCounts":[2]}', 1)).toEqual({ target: 0, choices: [0], undo: true, optionCounts: [2] });
    expect(parseMove('nope', 1)).toBe('the body is not JSON');
  });
});

describe('decisions as the page offers them', () => {
  test('tasks by name, flows by position, timing in words (held back only where offered)', () => {
    expect(describeDecision({ kind: 'task', runnable: [0, 2], last: 2, index: 4 }, names).options).toEqual([
      { value: 0, label: 'run first()' },
      { value: 2, label: 'run third()' },
    ]);
    expect(describeDecision({ kind: 'flow', task: 1, flows: 2, index: 0 }, names).options.map((o) => o.label)).toEqual([
      'second(): flow 1 of 2',
      'second(): flow 2 of 2',
    ]);
    expect(describeDecision({ kind: 'time', index: 0, hold: false }, names).options.map((o) => o.value)).toEqual([0, 1]);
    expect(describeDecision({ kind: 'time', index: 0, hold: true }, names).options[2]?.label).toMatch(/held back/);
  });
});
