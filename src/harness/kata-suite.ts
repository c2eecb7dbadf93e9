import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { acceptedFiles, isUnstarted, kataPaths, mutantFiles, repoRoot, solutionFiles } from '../catalog';
import type { Verdict } from '../sandbox/protocol';
import { renderFailure, replayWith } from '../report/failure-report';
import { IsolatedSandbox } from '../sandbox/isolated-sandbox';
import { BULK_STALL_MS } from '../sandbox/run-in-sandbox';
import { figureMismatch, interleavingFigures, mutantFigures } from './kata-page-figures';
import { aKind, expectedFailure, kindMismatch, reportedFailure, type FailureKind } from './mutant-header';
import { verdictError } from './verdict-error';

const seed = Number(process.env.KATA_SEED ?? 1);

/** A verdict together with what it takes to explain it. */
interface Judged {
  readonly verdict: Verdict;
  readonly slug: string;
  readonly implPath: string;
}

async function check(sandbox: IsolatedSandbox, slug: string, implPath: string): Promise<Judged> {
  const verdict = await sandbox.run(
    {
    slug,
    specPath: kataPaths(slug).spec,
    implPath,
    seed,
    // Tests judge a fixed number of schedules, never "as many as fit in the time budget": the verdict must
    // not depend on the machine's speed. (The watchdog still stops a task that never yields.)
    timeBudgetMs: Number.POSITIVE_INFINITY,
    },
    { stallMs: BULK_STALL_MS },
  );
  return { verdict, slug, implPath };
}

/** The command a learner or maintainer runs to see this verdict again. */
function commandFor(slug: string, implPath: string): string {
  const shown = relative(repoRoot, implPath);
  return `npm run kata -- ${slug}${implPath === kataPaths(slug).stub ? '' : ` --impl ${shown}`} --seed ${seed}`;
}

function explain({ verdict, slug, implPath }: Judged): string {
  switch (verdict.status) {
    case 'pass':
      return `passed ${verdict.summary.schedules} schedules`;
    case 'fail':
      return (
        renderFailure(verdict.failure, { slug, width: 100, replayCommand: replayWith(commandFor(slug, implPath)) }) +
        '\n(add --html to that command for a page that steps through it in a browser)'
      );
    default:
      return `${verdict.status}: ${verdict.message}`;
  }
}

/** Fails the test with the verdict's own report unless it passed. */
function expectPass(judged: Judged): void {
  if (judged.verdict.status !== 'pass') throw verdictError(explain(judged));
}

/**
 * Fails the test unless the stress test caught the file with the failure it declares (`// expect: <kind>`):
 * a mutant that promises a deadlock but is caught by a wrong result tests less than it claims.
 */
function expectRejected(judged: Judged, expected: FailureKind): void {
  const { verdict } = judged;
  const reported = reportedFailure(verdict);
  if (reported === undefined) {
    throw verdictError(`expected the stress test to reject this mutant with ${aKind(expected)}, but: ${explain(judged)}`);
  }
  const mismatch = kindMismatch(expected, reported);
  if (mismatch !== undefined) throw verdictError(verdict.status === 'fail' ? `${mismatch}\n\n${explain(judged)}` : mismatch);
}

/**
 * Fails the test unless the kata page's "caught after N schedules" for this mutant is what the run just found.
 * The pages state figures for the default seed, so other seeds are not compared.
 */
function expectPageFigures({ verdict, slug }: Judged, mutant: string): void {
  if (seed !== 1 || verdict.status !== 'fail') return;
  const page = relative(repoRoot, kataPaths(slug).docs);
  const { caughtAfter, unchecked } = mutantFigures(readFileSync(kataPaths(slug).docs, 'utf8'), mutant);
  if (unchecked.length > 0) {
    throw verdictError(`${page} counts schedules for "${mutant}" in words the suite cannot check (${unchecked.map((u) => `"${u}"`).join(', ')}): say "caught after N schedules"`);
  }
  const found = verdict.summary.schedules;
  const stale = caughtAfter.filter((n) => n !== found);
  if (stale.length > 0) {
    throw verdictError(`${page} says "${mutant}" is caught after ${stale.join(' and ')} schedules, but the stress test caught it after ${found}: update the page`);
  }
}

/**
 * Fails the test unless every interleaving count the kata page quotes for this file is what the run found
 * (see InterleavingFigure): the page and the run share one exploration. Default seed only, as for mutants.
 */
function expectInterleavingFigures({ verdict, slug, implPath }: Judged): void {
  if (seed !== 1 || verdict.status !== 'pass') return;
  const page = relative(repoRoot, kataPaths(slug).docs);
  const file = relative(repoRoot, implPath);
  const wrong = interleavingFigures(readFileSync(kataPaths(slug).docs, 'utf8'))
    .filter((figure) => figure.file === file)
    .map((figure) => figureMismatch(figure, verdict.summary.cases))
    .filter((mismatch): mismatch is string => mismatch !== undefined);
  if (wrong.length > 0) throw verdictError(`${page} is out of date for ${file}: ${wrong.join('; ')}`);
}

/**
 * The stress test of one kata, run against every reference solution and accepted idiom (tests/accepted/<slug>/:
 * correct code in unusual but legitimate styles) (must pass), every mutant (must be
 * rejected, with the kind of failure its first line declares) and the learner's file (pending while it is the
 * untouched stub). With KATA_IMPL=<file> set, only that file is judged: the one switch that points the test at
 * any implementation.
 */
export function kataSuite(slug: string): void {
  const paths = kataPaths(slug);
  describe(slug, () => {
    // One host process for the suite's checks: a worker V8 will not stop ends with it, not with jest's worker.
    const sandbox = new IsolatedSandbox();
    afterAll(() => sandbox.close());
    const only = process.env.KATA_IMPL;
    if (only !== undefined && only !== '') {
      test(`${only} passes the stress test`, async () => {
        expectPass(await check(sandbox, slug, only));
      });
      return;
    }
    for (const solution of solutionFiles(slug)) {
      test(`reference solution "${solution.name}" passes`, async () => {
        const judged = await check(sandbox, slug, solution.path);
        expectPass(judged);
        expectInterleavingFigures(judged);
      });
    }
    for (const idiom of acceptedFiles(slug)) {
      test(`accepted idiom "${idiom.name}" passes`, async () => {
        const judged = await check(sandbox, slug, idiom.path);
        expectPass(judged);
        expectInterleavingFigures(judged);
      });
    }
    for (const mutant of mutantFiles(slug)) {
      test(`mutant "${mutant.name}" is rejected with the failure it declares`, async () => {
        const expected = expectedFailure(readFileSync(mutant.path, 'utf8'));
        const judged = await check(sandbox, slug, mutant.path);
        expectRejected(judged, expected);
        expectPageFigures(judged, mutant.name);
      });
    }
    const stub = relative(repoRoot, paths.stub);
    if (isUnstarted(paths.stub)) {
      test.todo(`your solution in ${stub} (not started: npm run kata -- ${slug})`);
    } else {
      test(`your solution in ${stub} passes`, async () => {
        expectPass(await check(sandbox, slug, paths.stub));
      });
    }
  });
}
