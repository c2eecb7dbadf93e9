/**
 * A ratio of two rates, rounded to two decimals; null when the denominator is 0 (nothing measured), so that
 * the JSON line never carries Infinity or NaN (JSON.stringify would turn them into null anyway, silently).
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return Math.round((numerator / denominator) * 100) / 100;
}

/** "1.23×", or "-" when there is no ratio. */
export function showRatio(value: number | null): string {
  return value === null ? '-' : `${value.toFixed(2)}×`;
}

export interface SyntheticRatios {
  /** explorer schedules/s over fast-check's (kit adapter, waitAll) on the synthetic workload. */
  readonly explorer_vs_fastcheck: number | null;
  /** explorer schedules/s over the floor's (bare controlled scheduler). */
  readonly explorer_vs_floor: number | null;
  /** explorer schedules/s over the floor's when that floor also waits for an idle event loop per decision. */
  readonly explorer_vs_idle_probe_floor: number | null;
}

export function syntheticRatios(rates: { explorer: number; fastcheck: number; floor: number; idleProbeFloor: number }): SyntheticRatios {
  return {
    explorer_vs_fastcheck: ratio(rates.explorer, rates.fastcheck),
    explorer_vs_floor: ratio(rates.explorer, rates.floor),
    explorer_vs_idle_probe_floor: ratio(rates.explorer, rates.idleProbeFloor),
  };
}
