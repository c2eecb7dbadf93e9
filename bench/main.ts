/**
 * npm run bench: the explorer against fast-check's scheduler and random jitter, in one process.
 *
 *   npm run bench                      everything (about 20 s on 2 cores)
 *   npm run bench -- --quick           shorter speed measurements, same bug finding
 *   npm run bench -- --details         also the per-mutant table
 *   npm run bench -- building-h2o ...  only these katas (the synthetic workload always runs)
 *
 * The last line of the output is one JSON object with the headline figures.
 */
import { cpus } from 'node:os';
import { trackUnhandledRejections } from './baseline/judge';
import { findBugs, type MutantResult } from './bug-finding';
import { katasToRun } from './load';
import { catchesOf, catchTable, kataSpeedTable, missedList, mutantTable, syntheticTable } from './report';
import { perSecond } from './stats';
import { type KataSpeeds, kataSpeeds, syntheticSpeeds } from './throughput';

interface Args {
  readonly quick: boolean;
  readonly details: boolean;
  readonly only: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const only = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--quick' && arg !== '--details');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(', ')} (known: --quick, --details)`);
  return { quick: argv.includes('--quick'), details: argv.includes('--details'), only };
}

function heading(text: string): void {
  console.log('');
  console.log(text);
  console.log('='.repeat(text.length));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  trackUnhandledRejections();
  const synthetic = args.quick ? { warmupMs: 150, measureMs: 300 } : { warmupMs: 300, measureMs: 1000 };
  const plan = args.quick ? { divisor: 20, capMs: 300 } : { divisor: 2, capMs: 3000 };
  const slugs = katasToRun(args.only);

  console.log(`npm run bench${args.quick ? ' -- --quick' : ''}: Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}`);

  heading(`Synthetic: 3 tasks x 4 awaits (one scheduling point each), trivial check; ${synthetic.warmupMs} ms warm-up, then ${synthetic.measureMs} ms each in 4 rounds`);
  const speeds = await syntheticSpeeds(synthetic);
  console.log(syntheticTable(speeds));
  console.log('steps = kit scheduling calls (point, park, sleep). fast-check has no timers: under it (and under jitter) a');
  console.log('sleep is one more scheduling point, whatever its length, so sleep-based code is not timed, and no task starts late.');

  heading(`Real katas: reference solutions, sampled cases at 1/${plan.divisor} of their schedules (seed 1), at most ${plan.capMs} ms per approach and kata`);
  const katas: KataSpeeds[] = [];
  for (const slug of slugs) katas.push(await kataSpeeds(slug, plan));
  console.log(kataSpeedTable(katas));
  console.log('* = time cap hit before the planned schedules were done. false alarms = failing schedules on reference solutions');
  console.log('(the specs\' `across` checks are left out here: they judge all schedules of a full case, not a scaled-down plan).');

  heading("Bug finding: every mutant, the explorer's default budget (explore() defaults, no time cut) for all three");
  const bySlug = new Map<string, MutantResult[]>();
  for (const slug of slugs) bySlug.set(slug, await findBugs(slug, { baselineCapMs: 20_000 }));
  const results = [...bySlug.values()].flat();
  console.log(catchTable(bySlug));
  console.log('median after = schedules run (all cases so far) up to the failing one; in case = its position in the failing case.');
  console.log('Baselines run 300 sampled schedules for a case the explorer explores exhaustively, even a case with 1 interleaving,');
  console.log('so their "after" counts include 300 per such case passed. later case = mutants caught only in a later case than');
  console.log("the explorer's failing case (the baseline passed that case's budget). #k in the per-mutant table = failing case index.");
  for (const approach of ['explorer', 'fast-check', 'jitter']) {
    const missed = missedList(results, approach);
    console.log('');
    console.log(`missed by ${approach}: ${missed.length === 0 ? 'none' : String(missed.length)}`);
    for (const line of missed) console.log(`  ${line}`);
  }
  const skipped = results.filter((r) => r.skipped !== undefined);
  if (skipped.length > 0) console.log(`\nskipped: ${skipped.map((r) => `${r.slug}/${r.mutant} (${r.skipped ?? ''})`).join(', ')}`);
  if (args.details) {
    heading('Per mutant: schedules to the failure (position in its case) and kind');
    console.log(mutantTable(results));
  }

  const elapsed = (performance.now() - started) / 1000;
  console.log(`\nbench took ${elapsed.toFixed(1)} s`);
  const rate = (name: string, field: 'schedules' | 'steps'): number => {
    const s = speeds.find((x) => x.approach === name);
    return s === undefined ? 0 : perSecond(s[field], s.elapsedMs);
  };
  const catches = Object.fromEntries(
    [...bySlug].map(([slug, list]) => {
      const c = catchesOf(list);
      return [slug, { mutants: c.mutants, explorer: c.caught.explorer ?? 0, fastcheck: c.caught['fast-check'] ?? 0, jitter: c.caught.jitter ?? 0 }];
    }),
  );
  const total = catchesOf(results);
  console.log(
    JSON.stringify({
      quick: args.quick,
      explorer_schedules_per_s: rate('explorer', 'schedules'),
      fastcheck_schedules_per_s: rate('fast-check', 'schedules'),
      jitter_schedules_per_s: rate('jitter', 'schedules'),
      explorer_steps_per_s: rate('explorer', 'steps'),
      fastcheck_steps_per_s: rate('fast-check', 'steps'),
      jitter_steps_per_s: rate('jitter', 'steps'),
      fastcheck_waitidle_schedules_per_s: rate('fast-check (waitIdle)', 'schedules'),
      fastcheck_bare_schedules_per_s: rate('fast-check (bare scheduler)', 'schedules'),
      mutants: total.mutants,
      caught: { explorer: total.caught.explorer ?? 0, fastcheck: total.caught['fast-check'] ?? 0, jitter: total.caught.jitter ?? 0 },
      katas: catches,
      seconds: Math.round(elapsed),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
