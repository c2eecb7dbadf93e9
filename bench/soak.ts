/**
 * Soak: every reference solution of every kata through explore() for about 100,000 schedules each, with a
 * fixed seed. The exhaustive cases run once in full; the sampled cases' schedule counts are scaled up so that
 * the total reaches the target. Exits non-zero if any schedule fails (a false alarm of the stress test).
 *
 *   npm run soak                       every kata
 *   npm run soak -- dining-philosophers one kata (several names allowed)
 *   npm run soak -- --schedules 20000  another target per solution
 */
import './compile-as-sandbox';
import { defaultExploreOptions, explore, type ExploreResult } from '../src/explorer/explore';
import { Rng } from '../src/explorer/rng';
import type { KataCase } from '../src/explorer/spec';
import { type AnySpec, katasToRun, loadSolutions, loadSpec, type Subject } from './load';
import { formatTable } from './table';

const SEED = 1;

interface SoakLine {
  readonly slug: string;
  readonly solution: string;
  readonly exhaustive: number;
  readonly sampled: number;
  readonly seconds: number;
  readonly failures: number;
  readonly detail?: string;
}

function parseArgs(argv: readonly string[]): { target: number; only: string[] } {
  let target = 100_000;
  const only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--schedules') target = Number(argv[++i]);
    else only.push(arg);
  }
  if (!(target > 0)) throw new Error('--schedules needs a positive number');
  return { target, only };
}

/** The same spec with a fixed list of cases (the ones seed SEED gives). */
function withCases(spec: AnySpec, cases: KataCase<unknown>[]): AnySpec {
  return { ...spec, cases: () => cases };
}

function failureOf(result: ExploreResult): string | undefined {
  if (result.failure !== undefined) {
    const { outcome, caseLabel } = result.failure;
    return `${caseLabel}: ${outcome.failure?.message ?? outcome.end.kind}`;
  }
  if (result.acrossFailure !== undefined) return `${result.acrossFailure.caseLabel}: ${result.acrossFailure.failure.message}`;
  return undefined;
}

async function soakOne(spec: AnySpec, subject: Subject, target: number): Promise<SoakLine> {
  const cases = spec.cases(new Rng(SEED).fork(0));
  const exhaustive = cases.filter((c) => c.exhaustive === true);
  const sampled = cases.filter((c) => c.exhaustive !== true);
  const options = { ...defaultExploreOptions, seed: SEED, timeBudgetMs: Number.POSITIVE_INFINITY };
  const started = performance.now();

  const first = await explore(withCases(spec, exhaustive), subject.impl, options);
  let failure = failureOf(first);
  let sampledRan = 0;
  if (failure === undefined && sampled.length > 0) {
    const defaultTotal = sampled.reduce((sum, c) => sum + (c.schedules ?? options.schedules), 0);
    const factor = Math.max(target - first.schedules, 0) / defaultTotal;
    const scaled = sampled.map((c) => ({ ...c, schedules: Math.max(1, Math.round((c.schedules ?? options.schedules) * factor)) }));
    const second = await explore(withCases(spec, scaled), subject.impl, options);
    sampledRan = second.schedules;
    failure = failureOf(second);
  }
  return {
    slug: spec.slug,
    solution: subject.name,
    exhaustive: first.schedules,
    sampled: sampledRan,
    seconds: (performance.now() - started) / 1000,
    failures: failure === undefined ? 0 : 1,
    ...(failure === undefined ? {} : { detail: failure }),
  };
}

async function main(): Promise<void> {
  const { target, only } = parseArgs(process.argv.slice(2));
  const lines: SoakLine[] = [];
  console.log(`soak: seed ${SEED}, about ${target} schedules per reference solution`);
  for (const slug of katasToRun(only)) {
    const spec = loadSpec(slug);
    for (const subject of loadSolutions(spec)) {
      const line = await soakOne(spec, subject, target);
      lines.push(line);
      const total = line.exhaustive + line.sampled;
      console.log(
        `  ${slug}/${subject.name}: ${total} schedules (${line.exhaustive} exhaustive + ${line.sampled} sampled), ` +
          `${line.seconds.toFixed(1)} s, failures=${line.failures}${line.detail === undefined ? '' : ` (${line.detail})`}`,
      );
    }
  }
  console.log('');
  console.log(
    formatTable(
      ['kata', 'solution', 'schedules', 'exhaustive', 'sampled', 'seconds', 'schedules/s', 'failures'],
      lines.map((l) => [
        l.slug,
        l.solution,
        String(l.exhaustive + l.sampled),
        String(l.exhaustive),
        String(l.sampled),
        l.seconds.toFixed(1),
        String(Math.round((l.exhaustive + l.sampled) / l.seconds)),
        String(l.failures),
      ]),
    ),
  );
  const failures = lines.reduce((sum, l) => sum + l.failures, 0);
  const schedules = lines.reduce((sum, l) => sum + l.exhaustive + l.sampled, 0);
  const seconds = lines.reduce((sum, l) => sum + l.seconds, 0);
  console.log(JSON.stringify({ soak_solutions: lines.length, soak_schedules: schedules, soak_seconds: Math.round(seconds), soak_failures: failures }));
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
