import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { loadCatalogFile, repoRoot } from '../../catalog';
import { UserError } from '../errors';
import { checkProblems } from './check';
import { judgeAll, judgeSubject, subjectsOf } from './judging';
import { scaffold } from './scaffold';
import { sync } from './sync';
import { verdictLine } from './verdict-lines';

/** `npm run kata -- dev <new|check|sync>`: the maintainers' commands for adding and keeping katas. */

const colors = pc.createColors(pc.isColorSupported);

export const devUsage = `  dev new <slug>            scaffold a kata: catalog entry and every file, with the sections to fill in
      --title <text>  --track <id>  --leetcode <n>
  dev check [slug...]       every problem that keeps a kata from being complete, one line each
      --quick               skip running the stress tests (npm test runs them)
      --jobs <n>            stress tests at once (default: the number of CPUs)
  dev sync                  rewrite the tables and headers made from problems/catalog.json
  dev verdicts [slug...]    one line per stub, solution and mutant: its verdict and replay line
      --seed <n>  --jobs <n>  (.ci/run compares these across Node versions)`;

function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--${option} takes a whole number, got "${value}"`);
  return Number(value);
}

function newCommand(args: string[], root: string): number {
  const { values, positionals } = parseArgs({
    args,
    options: { title: { type: 'string' }, track: { type: 'string' }, leetcode: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [slug, ...extra] = positionals;
  if (slug === undefined || extra.length > 0) throw new UserError('dev new takes one slug: npm run kata -- dev new <slug>');
  const leetcode = wholeNumber(values.leetcode, 'leetcode');
  const request = {
    slug,
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.track === undefined ? {} : { track: values.track }),
    ...(leetcode === undefined ? {} : { leetcode }),
  };
  const written = scaffold(request, root);
  console.log(`Created ${slug}:`);
  for (const path of written) console.log(`  ${path}`);
  console.log(
    `\nNext: fill in every TODO(new kata) section, add a third mutant, then` +
      `\n  npm run kata -- dev sync     (adds ${slug} to the README and docs tables)` +
      `\n  npm run kata -- dev check ${slug}   (lists what is still missing)` +
      `\ndocs/writing-a-kata.md walks through it.`,
  );
  return 0;
}

async function checkCommand(args: string[], root: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { quick: { type: 'boolean' }, jobs: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const jobs = wholeNumber(values.jobs, 'jobs') ?? availableParallelism();
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\x1b[2K${colors.dim(`judging ${done}/${total}`)}\r`)
    : undefined;
  const problems = await checkProblems({ slugs: positionals, quick: values.quick === true, jobs, ...(progress ? { onJudged: progress } : {}) }, root);
  if (progress) process.stderr.write('\x1b[2K');
  for (const problem of problems) console.log(colors.red(`✗ ${problem}`));
  const scope = positionals.length === 0 ? 'every kata' : positionals.join(', ');
  const how = values.quick === true ? 'files, catalog and tables; stress tests not run (--quick)' : 'files, catalog, tables and verdicts';
  if (problems.length > 0) {
    console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} (${how})`);
    return 1;
  }
  console.log(colors.green(`✓ ${scope} complete (${how})`));
  return 0;
}

function syncCommand(args: string[], root: string): number {
  parseArgs({ args, options: {}, strict: true });
  const { written, problems } = sync(loadCatalogFile(root), root);
  for (const path of written) console.log(`updated ${path}`);
  if (written.length === 0 && problems.length === 0) console.log('Everything made from problems/catalog.json and the kata corpora is up to date.');
  for (const problem of problems) console.log(colors.red(`✗ ${problem}`));
  return problems.length === 0 ? 0 : 1;
}

async function verdictsCommand(args: string[], root: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { seed: { type: 'string' }, jobs: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const katas = loadCatalogFile(root).katas.filter((kata) => positionals.length === 0 || positionals.includes(kata.slug));
  const unknown = positionals.filter((slug) => !katas.some((kata) => kata.slug === slug));
  if (unknown.length > 0) throw new UserError(`there is no kata ${unknown.map((slug) => `"${slug}"`).join(', ')} in problems/catalog.json`);
  const seed = wholeNumber(values.seed, 'seed') ?? 1;
  const subjects = subjectsOf(katas, root);
  const verdicts = await judgeAll(subjects, (sandbox, subject) => judgeSubject(sandbox, subject, root, seed), wholeNumber(values.jobs, 'jobs') ?? availableParallelism());
  subjects.forEach((subject, index) => {
    const verdict = verdicts[index];
    if (verdict !== undefined) console.log(verdictLine(subject, verdict, root, seed));
  });
  return 0;
}

export async function devCommand(args: string[], root = repoRoot): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'new':
      return newCommand(rest, root);
    case 'check':
      return checkCommand(rest, root);
    case 'sync':
      return syncCommand(rest, root);
    case 'verdicts':
      return verdictsCommand(rest, root);
    default:
      throw new UserError(`dev takes new, check, sync or verdicts${sub === undefined ? '' : `, not "${sub}"`}:\n${devUsage}`);
  }
}
