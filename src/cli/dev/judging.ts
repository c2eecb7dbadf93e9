import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { acceptedFiles, type Kata, kataPaths, mutantFiles, solutionFiles } from '../../catalog';
import type { Verdict } from '../../sandbox/protocol';
import { IsolatedSandbox } from '../../sandbox/isolated-sandbox';
import { BULK_STALL_MS } from '../../sandbox/run-in-sandbox';
import { expectedFailure, type FailureKind, kindMismatch, reportedFailure } from '../../harness/mutant-header';

/**
 * The part of `dev check` that runs the stress tests: the stub must be "not started", every reference
 * solution and accepted idiom must pass, and every mutant must be rejected in the way its header declares.
 */

export type Role = 'stub' | 'solution' | 'accepted' | 'mutant';

export interface Subject {
  readonly kata: Kata;
  readonly role: Role;
  readonly path: string;
  /** Mutants only: the failure kind its first line declares, if it declares a valid one. */
  readonly expected?: FailureKind;
}

/** Every file of the katas that has a verdict to check, in catalog order. */
export function subjectsOf(katas: readonly Kata[], root: string): Subject[] {
  return katas.flatMap((kata) => {
    const stub = kataPaths(kata.slug, root).stub;
    const mutants = mutantFiles(kata.slug, root).map(({ path }): Subject => {
      let expected: FailureKind | undefined;
      try {
        expected = expectedFailure(readFileSync(path, 'utf8'));
      } catch {
        expected = undefined; // the layout check reports the header
      }
      return { kata, role: 'mutant', path, ...(expected === undefined ? {} : { expected }) };
    });
    return [
      ...(existsSync(stub) ? [{ kata, role: 'stub' as const, path: stub }] : []),
      ...solutionFiles(kata.slug, root).map(({ path }) => ({ kata, role: 'solution' as const, path })),
      ...acceptedFiles(kata.slug, root).map(({ path }) => ({ kata, role: 'accepted' as const, path })),
      ...mutants,
    ];
  });
}

/** What the judge said, in a few words: "a deadlock: ...", "it passed 308 schedules". */
export function describeVerdict(verdict: Verdict): string {
  const firstLine = (text: string): string => text.split('\n', 1)[0] ?? '';
  switch (verdict.status) {
    case 'pass':
      return `it passed ${verdict.summary.schedules} schedules`;
    case 'pending':
      return `it is not implemented yet (${verdict.message})`;
    case 'fail':
      return `${verdict.kind}: ${firstLine(verdict.headline)}`;
    case 'hang':
    case 'error':
    case 'stopped':
      return `${verdict.status}: ${firstLine(verdict.message)}`;
  }
}

/** The problem with a verdict, as one line naming the file; undefined when the verdict is the right one. */
export function verdictProblem(subject: Subject, verdict: Verdict, root: string): string | undefined {
  const file = relative(root, subject.path);
  switch (subject.role) {
    case 'stub':
      return verdict.status === 'pending' ? undefined : `${file}: the shipped stub must be "not started", but ${describeVerdict(verdict)}`;
    case 'solution':
    case 'accepted': {
      const what = subject.role === 'solution' ? 'a reference solution' : 'an accepted idiom';
      return verdict.status === 'pass' ? undefined : `${file}: ${what} must pass, but ${describeVerdict(verdict)}`;
    }
    case 'mutant': {
      const reported = reportedFailure(verdict);
      if (reported === undefined) return `${file}: a mutant must be rejected, but ${describeVerdict(verdict)}`;
      const mismatch = subject.expected === undefined ? undefined : kindMismatch(subject.expected, reported);
      return mismatch === undefined ? undefined : `${file}: ${mismatch.split('\n', 1)[0] ?? mismatch}`;
    }
  }
}

/**
 * The verdict on one file, judged as `npm test` judges it: a fixed number of schedules, whatever the time,
 * in `sandbox`'s host process (a worker V8 will not stop must not outlive its check in ours).
 */
export function judgeSubject(sandbox: IsolatedSandbox, subject: Subject, root: string, seed = 1): Promise<Verdict> {
  return sandbox.run(
    {
      slug: subject.kata.slug,
      specPath: kataPaths(subject.kata.slug, root).spec,
      implPath: subject.path,
      seed,
      timeBudgetMs: Number.POSITIVE_INFINITY,
    },
    { stallMs: BULK_STALL_MS },
  );
}

/**
 * Judges every subject, `jobs` at a time (each lane with a sandbox host of its own), calling `onJudged` as
 * each verdict arrives; results in input order.
 */
export async function judgeAll(
  subjects: readonly Subject[],
  judge: (sandbox: IsolatedSandbox, subject: Subject) => Promise<Verdict>,
  jobs: number,
  onJudged: (subject: Subject, verdict: Verdict) => void = () => undefined,
): Promise<Verdict[]> {
  const verdicts: Verdict[] = new Array<Verdict>(subjects.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const sandbox = new IsolatedSandbox();
    try {
      while (next < subjects.length) {
        const index = next++;
        const subject = subjects[index] as Subject;
        const verdict = await judge(sandbox, subject);
        verdicts[index] = verdict;
        onJudged(subject, verdict);
      }
    } finally {
      sandbox.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, subjects.length)) }, worker));
  return verdicts;
}
