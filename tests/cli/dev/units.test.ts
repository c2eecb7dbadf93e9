import type { Kata } from '../../../src/catalog';
import { docsIndex, katasTable, statementHeader } from '../../../src/cli/dev/catalog-views';
import { generatedBlock, replaceBlock } from '../../../src/cli/dev/generated-block';
import { type Subject, verdictProblem } from '../../../src/cli/dev/judging';
import { verdictLine } from '../../../src/cli/dev/verdict-lines';
import type { FailureKind } from '../../../src/report/failure-data';
import type { Summary, Verdict } from '../../../src/sandbox/protocol';

describe('generated blocks', () => {
  const page = ['intro', generatedBlock('katas-table', 'old\n').trimEnd(), 'outro', ''].join('\n');

  test('only the text between the markers is replaced', () => {
    expect(replaceBlock(page, 'katas-table', 'new\n')).toBe(page.replace('old\n', 'new\n'));
  });

  test('a block of another name, or a file without the closing marker, is not touched', () => {
    expect(replaceBlock(page, 'katas', 'new\n')).toBeUndefined();
    expect(replaceBlock(page.replace('<!-- /generated:katas-table -->', ''), 'katas-table', 'new\n')).toBeUndefined();
  });
});

const kata: Kata = {
  slug: 'demo',
  track: 'patterns',
  title: 'Demo | Pipes',
  difficulty: 'easy',
  concepts: ['handing over'],
  primitives: ['Semaphore', 'plain promises', 'Promise.all'],
  hints: ['a', 'b', 'c'],
};

describe('views of the catalog', () => {
  test('a kata without a LeetCode number shows a dash, and a | in a title does not break the table', () => {
    const table = katasTable({ tracks: [{ id: 'patterns', title: 'Patterns', description: 'd' }], katas: [kata] });
    expect(table).toBe(
      ['| # | kata | slug | LeetCode | difficulty |', '|---|---|---|---|---|', '| 1 | [Demo \\| Pipes](problems/demo/README.md) | `demo` | – | easy |', ''].join('\n'),
    );
    expect(statementHeader(kata)).toBe('# Demo | Pipes\n\n**Difficulty:** easy · **Concepts:** handing over\n\n');
  });

  test('primitives that are names are code, words are words', () => {
    expect(docsIndex({ tracks: [{ id: 'patterns', title: 'Patterns', description: 'd' }], katas: [kata] })).toContain(
      '| `Semaphore`, plain promises, `Promise.all` |',
    );
  });

  test('with two tracks, each gets a heading and its own table, numbered along the learning path', () => {
    const other: Kata = { ...kata, slug: 'first', track: 'leetcode', leetcode: 1114, title: 'First' };
    const table = katasTable({
      tracks: [
        { id: 'leetcode', title: 'LeetCode', description: 'The classics.' },
        { id: 'patterns', title: 'Patterns', description: 'The rest.' },
      ],
      katas: [other, kata],
    });
    expect(table).toMatch(/^### LeetCode\n\nThe classics\.\n\n\| # [^\n]*\n[^\n]*\n\| 1 \| \[First\][^\n]*\| 1114 \|/);
    expect(table).toMatch(/### Patterns\n\nThe rest\.\n\n\| # [^\n]*\n[^\n]*\n\| 2 \| \[Demo/);
  });
});

describe('judging a file against its role', () => {
  const summary: Summary = { cases: [], schedules: 12, elapsedMs: 1, outOfTime: false };
  const fail = (kind: FailureKind): Verdict => {
    const headline = `a ${kind} happened\nmore`;
    return { status: 'fail', kind, headline, summary, failure: { kind, headline, details: [], caseLabel: 'c', how: 'h', taskNames: [], warnings: [] } };
  };
  const pass: Verdict = { status: 'pass', summary };
  const subject = (role: Subject['role'], expected?: Subject['expected']): Subject => ({
    kata,
    role,
    path: `/repo/x/${role}.ts`,
    ...(expected === undefined ? {} : { expected }),
  });

  test('a mutant must fail the way its header says; a hang counts as the kind "hang"', () => {
    expect(verdictProblem(subject('mutant', 'deadlock'), fail('deadlock'), '/repo')).toBeUndefined();
    expect(verdictProblem(subject('mutant', 'hang'), { status: 'hang', message: 'spun' }, '/repo')).toBeUndefined();
    expect(verdictProblem(subject('mutant', 'deadlock'), fail('violation'), '/repo')).toBe(
      'x/mutant.ts: expected a deadlock, but the judge reported a violation: a violation happened',
    );
    expect(verdictProblem(subject('mutant', 'violation'), pass, '/repo')).toBe('x/mutant.ts: a mutant must be rejected, but it passed 12 schedules');
    expect(verdictProblem(subject('mutant', 'crash'), { status: 'error', message: 'does not compile' }, '/repo')).toBe(
      'x/mutant.ts: a mutant must be rejected, but error: does not compile',
    );
  });

  test('solutions and accepted idioms must pass; the stub must be "not started"', () => {
    expect(verdictProblem(subject('solution'), pass, '/repo')).toBeUndefined();
    expect(verdictProblem(subject('accepted'), fail('deadlock'), '/repo')).toBe(
      'x/accepted.ts: an accepted idiom must pass, but deadlock: a deadlock happened',
    );
    expect(verdictProblem(subject('stub'), { status: 'pending', message: 'x' }, '/repo')).toBeUndefined();
    expect(verdictProblem(subject('stub'), pass, '/repo')).toBe('x/stub.ts: the shipped stub must be "not started", but it passed 12 schedules');
  });

  test('a verdict line holds what must not vary across Node versions: kind, schedule count, replay line', () => {
    const failed = fail('deadlock');
    const scheduled: Verdict = failed.status === 'fail' ? { ...failed, failure: { ...failed.failure, schedule: 'c0.s1:2' } } : failed;
    expect(verdictLine(subject('mutant'), scheduled, '/repo', 3)).toBe(
      "x/mutant.ts: deadlock after 12 schedules; replay: npm run kata -- demo --impl x/mutant.ts --seed 3 --replay 'c0.s1:2'",
    );
    expect(verdictLine(subject('solution'), { status: 'pass', summary: { ...summary, elapsedMs: 999 } }, '/repo', 1)).toBe(
      'x/solution.ts: pass after 12 schedules',
    );
  });
});
