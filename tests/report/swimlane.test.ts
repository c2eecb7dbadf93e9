import { swimlane } from '../../src/report/swimlane';
import type { TraceEvent } from '../../src/explorer/trace';

const names = ['first()', 'second()', 'third()'];
const trace: TraceEvent[] = [
  { kind: 'resume', task: 1, time: 0, at: 'start' },
  { kind: 'block', task: 1, reason: 'wait firstDone' },
  { kind: 'time', time: 10 },
  { kind: 'resume', task: 0, time: 10, at: 'start' },
  { kind: 'output', task: 0, text: 'first' },
  { kind: 'wake', task: 1, by: 0, failed: false },
  { kind: 'done', task: 0 },
  { kind: 'resume', task: 1, time: 10, at: 'wait firstDone' },
  { kind: 'throw', task: 1, message: 'a very long message that must be cut to fit its column' },
];

describe('swimlane', () => {
  const picture = swimlane(trace, names);
  const lines = picture.split('\n');

  test('fits 80 columns', () => {
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(80);
  });

  test('one column per task that appears, one row per event, output on the right', () => {
    expect(lines[0]).toMatch(/first\(\).*second\(\)/);
    expect(lines[0]).not.toContain('third()'); // it never ran: no empty column for it
    expect(lines).toHaveLength(2 + trace.length);
    expect(picture).toMatch(/✎ first .*│ first$/m);
  });

  test('shows who woke a task, that it continues where it blocked, and the time jump before it', () => {
    expect(picture).toMatch(/↑ woken by first\(\)/);
    expect(picture).toMatch(/▶ continues/);
    expect(picture.indexOf('t=10ms')).toBeLessThan(picture.indexOf('woken by'));
  });

  test('falls back to one line per event when the columns would be too narrow', () => {
    const many = Array.from({ length: 8 }, (_, i) => `H${i + 1}`);
    const events: TraceEvent[] = many.map((_, task) => ({ kind: 'resume', task, time: 0, at: 'start' }));
    const list = swimlane(events, many).split('\n');
    expect(list).toHaveLength(8);
    expect(list[7]).toMatch(/^\s+8\s+H8\s+▶ starts/);
  });

  test('shows the source line where each step stands, with a legend naming the file', () => {
    const located: TraceEvent[] = [
      { kind: 'resume', task: 0, time: 0, at: 'starts' },
      { kind: 'block', task: 0, reason: 'acquire Lock#1', where: 'foo.ts:12' },
      { kind: 'resume', task: 1, time: 0, at: 'took Lock#1', where: 'foo.ts:20' },
    ];
    const out = swimlane(located, names);
    expect(out).toMatch(/⏸ l\.12 acquire Lock#1/);
    expect(out).toMatch(/▶ l\.20 took Lock#1/);
    expect(out.split('\n').at(-1)).toBe('l.N = line N of foo.ts');
    const twoFiles = swimlane([...located, { kind: 'resume', task: 0, time: 0, at: 'x', where: 'bar.ts:3' }], names);
    expect(twoFiles).toMatch(/bar\.ts:3 x/);
    expect(twoFiles).not.toMatch(/l\.N =/);
  });

  test('leaves no trailing spaces', () => {
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });
});
