import { aKind, expectedFailure, failureKinds, kindMismatch, reportedFailure } from '../../src/harness/mutant-header';
import type { Summary, Verdict } from '../../src/sandbox/protocol';

const summary: Summary = { cases: [], schedules: 3, elapsedMs: 1, outOfTime: false };
const body = '// Bug: waits for a notify that already happened.\nexport class Foo {}\n';

describe('expectedFailure: the kind a mutant declares on its first line', () => {
  test.each(failureKinds)('reads "// expect: %s"', (kind) => {
    expect(expectedFailure(`// expect: ${kind}\n${body}`)).toBe(kind);
  });

  test('tolerates Windows line ends, a byte-order mark and trailing spaces', () => {
    expect(expectedFailure(`\uFEFF// expect: deadlock  \r\n${body}`)).toBe('deadlock');
  });

  test('a file without the header is refused, and the message says what the first line must be', () => {
    expect(() => expectedFailure(body)).toThrow(
      'no failure kind declared: its first line must be "// expect: <kind>", ' +
        'kind one of violation, deadlock, livelock, crash, hang, across, not "// Bug: waits',
    );
  });

  test('the header counts only on the first line', () => {
    expect(() => expectedFailure(`import { Lock } from '@kit';\n// expect: deadlock\n${body}`)).toThrow(/no failure kind declared/);
  });

  test('an empty file is refused', () => {
    expect(() => expectedFailure('')).toThrow(/no failure kind declared/);
  });

  test.each(['timeout', 'Deadlock', 'deadlock,', 'wrong-result'])('an unknown kind ("%s") is refused', (word) => {
    expect(() => expectedFailure(`// expect: ${word}\n${body}`)).toThrow(`unknown failure kind "${word}"`);
  });

  test('two kinds are refused: a mutant promises one failure', () => {
    expect(() => expectedFailure(`// expect: deadlock violation\n${body}`)).toThrow(/no failure kind declared/);
  });
});

describe('reportedFailure: the kind a verdict reports', () => {
  test('a failing verdict reports its kind and headline', () => {
    const failure = { kind: 'violation' as const, headline: 'dequeue() returned undefined', details: [], caseLabel: 'c', how: '', taskNames: [], warnings: [] };
    const verdict: Verdict = { status: 'fail', kind: 'violation', headline: 'dequeue() returned undefined', failure, summary };
    expect(reportedFailure(verdict)).toEqual({ kind: 'violation', headline: 'dequeue() returned undefined' });
  });

  test("the watchdog's verdict is a hang, with its message as headline", () => {
    expect(reportedFailure({ status: 'hang', message: 'first() ran for 3 s' })).toEqual({ kind: 'hang', headline: 'first() ran for 3 s' });
  });

  test.each<Verdict>([
    { status: 'pass', summary },
    { status: 'pending', message: 'not implemented' },
    { status: 'error', message: 'does not compile' },
  ])('a verdict with status $status reports no failure', (verdict) => {
    expect(reportedFailure(verdict)).toBeUndefined();
  });
});

describe('kindMismatch', () => {
  test('says what was expected, what the judge reported, and its headline', () => {
    expect(kindMismatch('deadlock', { kind: 'violation', headline: 'dequeue() returned undefined' })).toBe(
      'expected a deadlock, but the judge reported a violation: dequeue() returned undefined',
    );
  });

  test('a headline that starts with its kind does not say it twice', () => {
    expect(kindMismatch('violation', { kind: 'deadlock', headline: 'deadlock: no task can run' })).toBe(
      'expected a violation, but the judge reported a deadlock: no task can run',
    );
  });

  test('the declared kind is no mismatch', () => {
    expect(kindMismatch('livelock', { kind: 'livelock', headline: 'no progress' })).toBeUndefined();
  });

  test('"an" before a vowel', () => {
    expect(kindMismatch('across', { kind: 'hang', headline: 'stuck' })).toBe('expected an across, but the judge reported a hang: stuck');
    expect(aKind('across')).toBe('an across');
  });
});
