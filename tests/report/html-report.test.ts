import type { FailureData, FailureKind } from '../../src/report/failure-data';
import { htmlReport } from '../../src/report/html-report';
import { stepsOf } from '../../src/report/html/steps';
import type { TraceEvent } from '../../src/explorer/trace';

/** A print-in-order failure as the explorer reports it (flag-check-then-wait.ts, shortened). */
const trace: TraceEvent[] = [
  { kind: 'resume', task: 1, time: 0, at: 'starts' },
  { kind: 'block', task: 1, reason: 'notify on Condition#1', where: 'mutant.ts:20' },
  { kind: 'resume', task: 0, time: 0, at: 'took Condition#1.lock', where: 'mutant.ts:11' },
  { kind: 'output', task: 0, text: 'first' },
  { kind: 'wake', task: 1, by: 0, failed: false },
  { kind: 'done', task: 0 },
  { kind: 'time', time: 10 },
  { kind: 'resume', task: 1, time: 10, at: 'continues', where: 'mutant.ts:20' },
  { kind: 'throw', task: 1, message: 'Error: boom' },
];

const failure = (overrides: Partial<FailureData> = {}): FailureData => ({
  kind: 'violation',
  headline: 'the words came out in the wrong order',
  details: ['expected: firstsecond', 'actual:   secondfirst'],
  caseLabel: 'two tasks',
  how: 'found after 3 schedules (exhaustive); 0 preemptions',
  taskNames: ['first()', 'second()'],
  trace,
  schedule: 'c0.s0:1',
  warnings: [],
  ...overrides,
});

const page = (data: FailureData = failure(), sources?: Record<string, string[]>): string =>
  htmlReport(data, { slug: 'print-in-order', replayCommand: "npm run kata -- print-in-order --replay 'c0.s0:1'", ...(sources === undefined ? {} : { sources }) });

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe('the HTML report of a failure', () => {
  test('one row per trace event, then the verdict as the last step', () => {
    const html = page();
    expect(count(html, /<tr class="step k-/g)).toBe(trace.length);
    expect(html).toMatch(new RegExp(`<tr class="step verdict" data-step="${trace.length + 1}"`));
    expect(count(html, /<th class="task"/g)).toBe(2);
  });

  test('every kind of failure shows its headline at the top and after the last step', () => {
    const kinds: FailureKind[] = ['violation', 'deadlock', 'livelock', 'crash', 'mismatch', 'across'];
    for (const kind of kinds) {
      const headline = `headline of a ${kind}`;
      const html = page(failure({ kind, headline, ...(kind === 'across' ? { trace: [] } : {}) }));
      expect(html).toContain(`<span class="headline">${headline}</span>`);
      expect(html).toContain(`<strong class="headline">${headline}</strong>`);
    }
    expect(page(failure({ trace: [] }))).toContain('no steps were recorded');
  });

  test('all text is escaped: headline, details, names, output, source lines, warnings, the replay command', () => {
    const evil = '<img src=x onerror=alert(1)>&"\'';
    const html = page(
      failure({
        headline: evil,
        details: [evil],
        taskNames: [evil, 'second()'],
        warnings: [evil],
        trace: [
          { kind: 'resume', task: 0, time: 0, at: evil, where: 'mutant.ts:1' },
          { kind: 'output', task: 0, text: evil },
          { kind: 'note', task: 1, text: evil },
        ],
      }),
      { 'mutant.ts': [evil] },
    );
    expect(html).not.toContain('<img');
    const body = html.slice(html.indexOf('<body>'), html.indexOf('<script>'));
    expect(body).not.toMatch(/="[^"]*"[^ >/]/); // no attribute value closed early by a quote of the text
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;&#38;&#34;&#39;');
    expect(count(html, /<script>/g)).toBe(1);
    expect(page()).toContain('npm run kata -- print-in-order --replay &#39;c0.s0:1&#39;');
  });

  test('self-contained: nothing is loaded from elsewhere', () => {
    const html = page();
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });

  test('the source line a step stands at travels with its row', () => {
    const html = page(failure(), { 'mutant.ts': Array.from({ length: 30 }, (_, i) => `  line ${i + 1} <code>`) });
    expect(html).toContain('data-where="mutant.ts:20" data-code="line 20 &#60;code&#62;"');
    expect(html).toContain('title="mutant.ts:11: line 11 &#60;code&#62;">l.11</span>');
  });

  test('who woke whom shows in both columns; the output has its own column', () => {
    const html = page();
    expect(html).toMatch(/<td class="cell waker">.*⤳ wakes second\(\)/);
    expect(html).toContain('woken by first()');
    expect(html).toContain('<td class="out"><span class="chip">first</span></td>');
  });

  test('ten tasks get compact columns; a long trace keeps its last steps and says how many are left out', () => {
    const names = Array.from({ length: 10 }, (_, i) => `task${i}`);
    const long: TraceEvent[] = Array.from({ length: 50 }, (_, i) => ({ kind: 'resume', task: i % 10, time: 0, at: `step ${i}` }));
    const html = htmlReport(failure({ taskNames: names, trace: long }), { slug: 'k', replayCommand: 'x', maxSteps: 20 });
    expect(html).toContain('<table class="lane compact">');
    expect(count(html, /<tr class="step k-/g)).toBe(20);
    expect(html).toContain('… 30 earlier steps not shown');
    expect(html).toContain('data-step="31"');
    expect(page()).toContain('<table class="lane">');
  });

  test('pure: the same failure gives the same page', () => {
    expect(page()).toBe(page());
  });
});

describe('steps of a trace', () => {
  test('each step says how its task stands afterwards; a resume after a wake-up continues', () => {
    const steps = stepsOf(trace, ['first()', 'second()']);
    expect(steps.map((s) => s.status)).toEqual(['running', 'blocked', 'running', undefined, 'ready', 'done', undefined, 'running', 'threw']);
    expect(steps[4]).toMatchObject({ text: 'woken by first()', by: 0 });
    expect(steps[7]).toMatchObject({ text: 'continues', where: 'mutant.ts:20' });
    expect(steps[6]).toMatchObject({ task: undefined, text: 'the clock moves to t=10ms' });
  });
});
