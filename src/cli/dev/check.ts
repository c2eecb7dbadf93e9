import { type Catalog, loadCatalogFile } from '../../catalog';
import { CatalogError } from '../../catalog-error';
import { UserError } from '../errors';
import { judgeAll, judgeSubject, subjectsOf, verdictProblem } from './judging';
import { layoutProblems } from './layout';
import { staleProblems } from './sync';

export interface CheckRequest {
  /** Katas to check (all when empty); strays and generated files are always checked. */
  readonly slugs: readonly string[];
  /** Skip running the stress tests (npm test runs them); only the files, catalog and tables are checked. */
  readonly quick: boolean;
  /** Stress tests run at once. */
  readonly jobs: number;
  /** Called with each file's verdict line as it arrives, for a progress display. */
  readonly onJudged?: (done: number, total: number) => void;
}

/**
 * Everything that keeps a kata from being complete, one line each: a malformed catalog, missing or unfilled
 * files, too few solutions or mutants, stale generated tables, and (unless quick) verdicts that are wrong.
 */
export async function checkProblems(request: CheckRequest, root: string): Promise<string[]> {
  let catalog: Catalog;
  try {
    catalog = loadCatalogFile(root);
  } catch (error) {
    if (error instanceof CatalogError) return error.message.split('\n');
    throw error;
  }
  const unknown = request.slugs.filter((slug) => !catalog.katas.some((kata) => kata.slug === slug));
  if (unknown.length > 0) throw new UserError(`there is no kata ${unknown.map((slug) => `"${slug}"`).join(', ')} in problems/catalog.json`);
  const only = request.slugs.length === 0 ? catalog.katas : catalog.katas.filter((kata) => request.slugs.includes(kata.slug));

  const problems = [...layoutProblems(catalog.katas, root, only), ...staleProblems(catalog, root)];
  if (request.quick) return problems;

  const subjects = subjectsOf(only, root);
  let done = 0;
  const verdicts = await judgeAll(subjects, (sandbox, subject) => judgeSubject(sandbox, subject, root), request.jobs, () => {
    request.onJudged?.(++done, subjects.length);
  });
  subjects.forEach((subject, index) => {
    const verdict = verdicts[index];
    const problem = verdict === undefined ? undefined : verdictProblem(subject, verdict, root);
    if (problem !== undefined) problems.push(problem);
  });
  return problems;
}
