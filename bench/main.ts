/**
 * npm run bench: the explorer against fast-check's scheduler, random jitter and the floor (a bare controlled
 * scheduler), in one process.
 *
 *   npm run bench                           everything; bug finding with 1 s per mutant and approach
 *   npm run bench -- --quick                shorter speed measurements, 0.25 s per mutant and approach
 *   npm run bench -- --details              also the per-mutant table
 *   npm run bench -- --katas a,b            only these katas in the real-kata parts (slugs as plain
 *                                           arguments work too); the synthetic workload always runs
 *   npm run bench -- --mutant-budget-ms N   another per-mutant budget; "none" = the explorer's full search,
 *                                           as in the kata suites (all katas: more than 5 minutes)
 *   npm run bench -- --node /path/to/node   also the synthetic part on that Node binary (repeatable)
 *
 * Another Node for the whole bench: PATH=/work/nodes/node-24/bin:$PATH npm run bench
 * The last line of the output is one JSON object with the headline figures.
 */
import './compile-as-sandbox';
import { cpus } from 'node:os';
import { trackUnhandledRejections } from './baseline/judge';
import { parseArgs } from './args';
import { undecided } from './budget';
import { runBugFinding, stallLimitMs } from './bug-runner';
import { katasToRun } from './load';
import { showRatio } from './ratios';
import { catchesOf, catchTable, kataRatio, kataSpeedTable, missedList, mutantTable } from './report';
import { type SyntheticFigures, rateOf, syntheticFigures, syntheticOnNode, syntheticPart, syntheticTiming } from './synthetic-part';
import { type KataSpeeds, kataSpeeds } from './throughput';
import { loadCatalog } from '../src/catalog';

function ratioLine(f: SyntheticFigures): string {
  return `${f.node}: explorer / fast-check ${showRatio(f.explorer_vs_fastcheck)}, explorer / floor ${showRatio(f.explorer_vs_floor)}, explorer / idle-waiting floor ${showRatio(f.explorer_vs_idle_probe_floor)}`;
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
  const synthetic = syntheticTiming(args.quick);
  const plan = args.quick ? { divisor: 20, capMs: 300 } : { divisor: 2, capMs: 3000 };
  const slugs = katasToRun(args.only);

  console.log(`npm run bench${args.quick ? ' -- --quick' : ''}: Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}`);

  heading(`Synthetic: 3 tasks x 4 awaits (one scheduling point each), trivial check; ${synthetic.warmupMs} ms warm-up, then ${synthetic.measureMs} ms each in 4 rounds`);
  const speeds = await syntheticPart(args.quick);
  const here = syntheticFigures(process.version, speeds);
  console.log('steps = kit scheduling calls (point, park, sleep). fast-check has no timers: under it (and under jitter) a');
  console.log('sleep is one more scheduling point, whatever its length, so sleep-based code is not timed, and no task starts late.');
  console.log('floor = a bare controlled scheduler (bench/floor.ts): parked resolvers, one resumed (as a microtask) at a time,');
  console.log('chosen at random (seeded), no kit, no checks, no tracing: the fastest any controlled scheduler can be here.');
  console.log('The same floor waiting for an idle event loop before each choice (the explorer\'s IdleProbe) is the fastest a');
  console.log('scheduler can be that sees every wake-up, however many promise hops it travels, as the explorer must.');
  console.log(ratioLine(here));
  const others: SyntheticFigures[] = [];
  for (const node of args.nodes) {
    heading(`Synthetic on ${node} (a child process, run alone)`);
    const other = syntheticOnNode(node, args.quick);
    console.log(other.output);
    console.log(ratioLine(other.figures));
    others.push(other.figures);
  }

  heading(`Real katas: reference solutions, sampled cases at 1/${plan.divisor} of their schedules (seed 1), at most ${plan.capMs} ms per approach and kata`);
  const katas: KataSpeeds[] = [];
  for (const slug of slugs) katas.push(await kataSpeeds(slug, plan));
  console.log(kataSpeedTable(katas));
  console.log('* = time cap hit before the planned schedules were done. false alarms = failing schedules on reference solutions');
  console.log('(the specs\' `across` checks are left out here: they judge all schedules of a full case, not a scaled-down plan).');
  console.log('e/f = explorer / fast-check schedules/s. No floor per kata: kata code needs the kit (locks, conditions, virtual');
  console.log('time, deadlock detection), so a scheduler that runs it is no longer bare; the floor is measured on the synthetic shape only.');

  const budget = args.mutantBudgetMs;
  heading(
    budget === null
      ? "Bug finding: every mutant, the explorer's default budget (explore() defaults, no time cut) for all three"
      : `Bug finding: every mutant, the explorer's default schedules, at most ${budget} ms per mutant and approach`,
  );
  const leftOut = loadCatalog()
    .map((kata) => kata.slug)
    .filter((slug) => !slugs.includes(slug));
  if (leftOut.length > 0) console.log(`katas left out (not named): ${leftOut.join(', ')}`);
  if (budget !== null) {
    console.log(`A time budget changes the explorer's search: explore() gives each exhaustive case only its share of ${budget} ms and`);
    console.log('stops sampling when it is spent. An attempt cut by it without a failure is "undecided", not a miss (listed below).');
  }
  const { bySlug, hung } = await runBugFinding(slugs, budget, (slug, seconds) => {
    process.stderr.write(`bug finding: ${slug} done in ${seconds.toFixed(1)} s\n`);
  });
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
    const open = missedList(results, approach, 'undecided');
    if (open.length > 0) {
      console.log(`undecided for ${approach} (time budget hit before its schedules were done): ${open.length}`);
      for (const line of open) console.log(`  ${line}`);
    }
  }
  if (hung.length > 0) {
    console.log(`\nhung (no event for ${stallLimitMs(budget) / 1000} s: starved the event loop; child killed) or crashed the child (an uncaught exception); counted undecided:`);
    for (const key of hung) console.log(`  ${key}`);
  }
  const skipped = results.filter((r) => r.skipped !== undefined);
  if (skipped.length > 0) console.log(`\nskipped: ${skipped.map((r) => `${r.slug}/${r.mutant} (${r.skipped ?? ''})`).join(', ')}`);
  if (args.details) {
    heading('Per mutant: schedules to the failure (position in its case) and kind');
    console.log(mutantTable(results));
  }

  const elapsed = (performance.now() - started) / 1000;
  console.log(`\nbench took ${elapsed.toFixed(1)} s`);
  const rate = (name: string, field: 'schedules' | 'steps'): number => rateOf(speeds, name, field);
  const catches = Object.fromEntries(
    [...bySlug].map(([slug, list]) => {
      const c = catchesOf(list);
      return [slug, { mutants: c.mutants, explorer: c.caught.explorer ?? 0, fastcheck: c.caught['fast-check'] ?? 0, jitter: c.caught.jitter ?? 0 }];
    }),
  );
  const total = catchesOf(results);
  const undecidedBy = (approach: string): number => results.filter((r) => r.attempts.some((a) => a.approach === approach && undecided(a))).length;
  console.log(
    JSON.stringify({
      quick: args.quick,
      node: process.version,
      explorer_schedules_per_s: here.explorer_schedules_per_s,
      fastcheck_schedules_per_s: here.fastcheck_schedules_per_s,
      jitter_schedules_per_s: here.jitter_schedules_per_s,
      floor_schedules_per_s: here.floor_schedules_per_s,
      floor_idle_probe_schedules_per_s: here.floor_idle_probe_schedules_per_s,
      explorer_vs_fastcheck: here.explorer_vs_fastcheck,
      explorer_vs_floor: here.explorer_vs_floor,
      explorer_vs_idle_probe_floor: here.explorer_vs_idle_probe_floor,
      explorer_steps_per_s: rate('explorer', 'steps'),
      fastcheck_steps_per_s: rate('fast-check', 'steps'),
      jitter_steps_per_s: rate('jitter', 'steps'),
      fastcheck_waitidle_schedules_per_s: rate('fast-check (waitIdle)', 'schedules'),
      fastcheck_bare_schedules_per_s: here.fastcheck_bare_schedules_per_s,
      kata_explorer_vs_fastcheck: Object.fromEntries(katas.map((k) => [k.slug, kataRatio(k)])),
      other_nodes: others,
      mutant_budget_ms: budget,
      katas_left_out: leftOut,
      mutants: total.mutants,
      caught: { explorer: total.caught.explorer ?? 0, fastcheck: total.caught['fast-check'] ?? 0, jitter: total.caught.jitter ?? 0 },
      hung,
      undecided: { explorer: undecidedBy('explorer'), fastcheck: undecidedBy('fast-check'), jitter: undecidedBy('jitter') },
      katas: catches,
      seconds: Math.round(elapsed),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
