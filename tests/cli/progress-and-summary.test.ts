import { describeSummary } from '../../src/cli/check';
import { ProgressBar, renderProgress } from '../../src/cli/progress-bar';

describe('progress bar', () => {
  test('shows done/total while within the plan', () => {
    expect(renderProgress('exploring', 150, 300, 10)).toBe('exploring ▕█████░░░░░▏ 150/300 schedules');
  });

  test('never shows more done than planned: past the plan, a full bar and the count alone', () => {
    const line = renderProgress('exploring', 99_145, 301, 10);
    expect(line).toBe('exploring ▕██████████▏ 99,145 schedules');
    expect(line).not.toContain('/301');
  });

  test('each update erases the line before drawing, so a shorter line leaves nothing behind', () => {
    const written: string[] = [];
    const bar = new ProgressBar('x', true, (text) => written.push(text));
    bar.update(1000, 1000);
    bar.update(5, 10);
    bar.done();
    expect(written.every((text) => text.startsWith('\r\x1b[2K'))).toBe(true);
    expect(written).toHaveLength(3);
  });
});

describe('summary of a passed check', () => {
  const summary = (schedules: number, complete: boolean) => ({
    cases: [{ label: 'one task', mode: 'exhaustive', schedules, complete }],
    schedules,
    elapsedMs: 1,
    outOfTime: false,
  });

  test('a case with a single interleaving reads "the only interleaving"', () => {
    expect(describeSummary(summary(1, true))).toBe('one task: the only interleaving');
  });

  test('counts read "all N interleavings" or say the search was cut short', () => {
    expect(describeSummary(summary(1234, true))).toBe('one task: all 1,234 interleavings');
    expect(describeSummary(summary(20_000, false))).toBe('one task: 20,000 interleavings (search cut short)');
  });
});
