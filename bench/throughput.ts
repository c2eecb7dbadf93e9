import { Rng } from '../src/explorer/rng';
import type { KataCase } from '../src/explorer/spec';
import type { Approach, Measurement } from './approach';
import { approaches } from './approaches';
import { fastCheckApproach } from './baseline-approach';
import { floorSpeed, syntheticShapeWithProbes } from './floor';
import { type AnySpec, loadSolutions, loadSpec } from './load';
import { bareFastCheck, syntheticCases, syntheticSpec } from './synthetic';

export interface Speed {
  readonly approach: string;
  readonly schedules: number;
  readonly steps: number;
  readonly elapsedMs: number;
  /** Failing schedules (on reference solutions: false alarms). */
  readonly failures: number;
  /** Some run hit its time cap before its planned schedules were done. */
  readonly cut: boolean;
}

function speedOf(approach: string, measurements: readonly Measurement[]): Speed {
  return {
    approach,
    schedules: measurements.reduce((sum, m) => sum + m.schedules, 0),
    steps: measurements.reduce((sum, m) => sum + m.steps, 0),
    elapsedMs: measurements.reduce((sum, m) => sum + m.elapsedMs, 0),
    failures: measurements.reduce((sum, m) => sum + m.failures, 0),
    cut: measurements.some((m) => m.cut),
  };
}

const ROUNDS = 4;

/** The floor's row name (bench/floor.ts). */
export const FLOOR = 'floor (bare controlled scheduler)';
/** The floor choosing only when the event loop is idle, as the explorer does (bench/floor.ts). */
export const FLOOR_IDLE_PROBE = 'floor waiting for an idle loop per decision';

export interface SyntheticTiming {
  readonly warmupMs: number;
  readonly measureMs: number;
}

/**
 * The synthetic workload: each approach runs it for a warm-up, then all are measured in this process, taking
 * turns in 4 rounds. fast-check is also measured bare (no kit, no harness) and with waitIdle, for reference,
 * and the floor (a bare controlled scheduler, bench/floor.ts) in the same rounds.
 */
export async function syntheticSpeeds(timing: SyntheticTiming): Promise<Speed[]> {
  const spec = syntheticSpec as AnySpec;
  const cases = syntheticCases as ReadonlyArray<KataCase<unknown>>;
  const idle = fastCheckApproach('waitIdle');
  const all: Approach[] = [...approaches, idle];
  const run = (approach: Approach, budgetMs: number): Promise<Measurement> =>
    approach.run(spec, null, cases, { seed: 1, budgetMs, stopAtFailure: false });
  for (const approach of all) await run(approach, timing.warmupMs);
  await bareFastCheck(timing.warmupMs);
  await floorSpeed(timing.warmupMs);
  await floorSpeed(timing.warmupMs, 1, syntheticShapeWithProbes);
  // Measured in rounds, the approaches taking turns, so that a slow spell of the machine hits all of them.
  const slice = timing.measureMs / ROUNDS;
  const measured = new Map<string, Measurement[]>(all.map((approach) => [approach.name, []]));
  const bare: Measurement[] = [];
  const floor: Measurement[] = [];
  const probed: Measurement[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const approach of all) measured.get(approach.name)?.push(await run(approach, slice));
    bare.push({ ...(await bareFastCheck(slice)), failures: 0, cut: false });
    // A new seed per round: the floor's choices differ, its cost per schedule does not.
    floor.push({ ...(await floorSpeed(slice, round + 1)), failures: 0, cut: false });
    probed.push({ ...(await floorSpeed(slice, round + 1, syntheticShapeWithProbes)), failures: 0, cut: false });
  }
  return [
    ...[...measured].map(([name, list]) => speedOf(name, list)),
    speedOf('fast-check (bare scheduler)', bare),
    speedOf(FLOOR, floor),
    speedOf(FLOOR_IDLE_PROBE, probed),
  ];
}

export interface KataSpeeds {
  readonly slug: string;
  readonly solutions: number;
  /** Planned schedules per solution (the sampled cases, scaled down). */
  readonly planned: number;
  readonly speeds: readonly Speed[];
}

export interface KataPlan {
  /** Each sampled case runs its own schedule count divided by this (at least 1). */
  readonly divisor: number;
  /** Real time per approach and kata, shared among its solutions; a run past it is cut. */
  readonly capMs: number;
}

/** A kata's sampled cases (seed 1), their schedule counts divided for a quick measurement. */
function plannedCases(spec: AnySpec, divisor: number): Array<KataCase<unknown>> {
  return spec
    .cases(new Rng(1).fork(0))
    .filter((c) => c.exhaustive !== true)
    .map((c) => ({ ...c, schedules: Math.max(1, Math.round((c.schedules ?? 300) / divisor)) }));
}

/** The real-kata workload: every approach runs the same planned schedules on every reference solution. */
export async function kataSpeeds(slug: string, plan: KataPlan): Promise<KataSpeeds> {
  const full = loadSpec(slug);
  // Without `across`: a property of all schedules of a case means nothing on a scaled-down plan.
  const spec: AnySpec = {
    slug: full.slug,
    load: (exports) => full.load(exports),
    cases: (rng) => full.cases(rng),
    scenario: (impl, params, ctx) => full.scenario(impl, params, ctx),
  };
  const solutions = loadSolutions(full);
  const cases = plannedCases(spec, plan.divisor);
  const perSolutionMs = plan.capMs / Math.max(solutions.length, 1);
  const speeds: Speed[] = [];
  for (const approach of approaches) {
    const measurements: Measurement[] = [];
    for (const solution of solutions) {
      measurements.push(await approach.run(spec, solution.impl, cases, { seed: 1, budgetMs: perSolutionMs, stopAtFailure: false }));
    }
    speeds.push(speedOf(approach.name, measurements));
  }
  return { slug, solutions: solutions.length, planned: cases.reduce((sum, c) => sum + (c.schedules ?? 0), 0), speeds };
}
