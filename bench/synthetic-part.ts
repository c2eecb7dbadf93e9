import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tsxFlags } from './child-node';
import { parseFigures, type SyntheticFigures } from './figures';
import { syntheticRatios } from './ratios';
import { syntheticTable } from './report';
import { perSecond } from './stats';
import { FLOOR, FLOOR_IDLE_PROBE, type Speed, syntheticSpeeds } from './throughput';

export function rateOf(speeds: readonly Speed[], approach: string, field: 'schedules' | 'steps' = 'schedules'): number {
  const s = speeds.find((x) => x.approach === approach);
  return s === undefined ? 0 : perSecond(s[field], s.elapsedMs);
}

export function syntheticFigures(node: string, speeds: readonly Speed[]): SyntheticFigures {
  const explorer = rateOf(speeds, 'explorer');
  const fastcheck = rateOf(speeds, 'fast-check');
  const floor = rateOf(speeds, FLOOR);
  const idleProbeFloor = rateOf(speeds, FLOOR_IDLE_PROBE);
  return {
    node,
    explorer_schedules_per_s: explorer,
    fastcheck_schedules_per_s: fastcheck,
    jitter_schedules_per_s: rateOf(speeds, 'jitter'),
    fastcheck_bare_schedules_per_s: rateOf(speeds, 'fast-check (bare scheduler)'),
    floor_schedules_per_s: floor,
    floor_idle_probe_schedules_per_s: idleProbeFloor,
    ...syntheticRatios({ explorer, fastcheck, floor, idleProbeFloor }),
  };
}

export function syntheticTiming(quick: boolean): { warmupMs: number; measureMs: number } {
  return quick ? { warmupMs: 150, measureMs: 300 } : { warmupMs: 300, measureMs: 1000 };
}

/** Measures the synthetic workload in this process and prints its table; returns the speeds. */
export async function syntheticPart(quick: boolean): Promise<Speed[]> {
  const speeds = await syntheticSpeeds(syntheticTiming(quick));
  console.log(syntheticTable(speeds));
  return speeds;
}

/**
 * Runs the synthetic part on another Node binary (bench/synthetic-main.ts in a child process, through tsx's
 * CLI, from the repository root) and returns its printed table and figures. The child runs alone: this
 * process waits for it, so the two measurements never share the cores.
 */
export function syntheticOnNode(nodeBinary: string, quick: boolean): { output: string; figures: SyntheticFigures } {
  const root = join(__dirname, '..');
  const child = spawnSync(nodeBinary, [...tsxFlags(), join('bench', 'synthetic-main.ts'), ...(quick ? ['--quick'] : [])], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 120_000,
  });
  if (child.error !== undefined) throw new Error(`${nodeBinary}: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`${nodeBinary}: the synthetic part exited with ${String(child.status ?? child.signal)}`);
  const lines = child.stdout.trimEnd().split('\n');
  const last = lines.pop() ?? '';
  return { output: lines.join('\n'), figures: parseFigures(last) };
}

export type { SyntheticFigures };
