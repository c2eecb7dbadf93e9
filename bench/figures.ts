/** The synthetic part's headline figures on one Node: what the JSON line carries, per Node version. */
export interface SyntheticFigures {
  readonly node: string;
  readonly explorer_schedules_per_s: number;
  readonly fastcheck_schedules_per_s: number;
  readonly jitter_schedules_per_s: number;
  readonly fastcheck_bare_schedules_per_s: number;
  readonly floor_schedules_per_s: number;
  readonly floor_idle_probe_schedules_per_s: number;
  readonly explorer_vs_fastcheck: number | null;
  readonly explorer_vs_floor: number | null;
  readonly explorer_vs_idle_probe_floor: number | null;
}

/** The child's last line, checked field by field (it crosses a process boundary). */
export function parseFigures(line: string): SyntheticFigures {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null) throw new Error(`not a JSON object: ${line}`);
  const record = value as Record<string, unknown>;
  const num = (key: string): number => {
    const v = record[key];
    if (typeof v !== 'number') throw new Error(`synthetic figures: ${key} missing in ${line}`);
    return v;
  };
  const ratioOf = (key: string): number | null => (record[key] === null ? null : num(key));
  const node = record.node;
  if (typeof node !== 'string') throw new Error(`synthetic figures: node missing in ${line}`);
  return {
    node,
    explorer_schedules_per_s: num('explorer_schedules_per_s'),
    fastcheck_schedules_per_s: num('fastcheck_schedules_per_s'),
    jitter_schedules_per_s: num('jitter_schedules_per_s'),
    fastcheck_bare_schedules_per_s: num('fastcheck_bare_schedules_per_s'),
    floor_schedules_per_s: num('floor_schedules_per_s'),
    floor_idle_probe_schedules_per_s: num('floor_idle_probe_schedules_per_s'),
    explorer_vs_fastcheck: ratioOf('explorer_vs_fastcheck'),
    explorer_vs_floor: ratioOf('explorer_vs_floor'),
    explorer_vs_idle_probe_floor: ratioOf('explorer_vs_idle_probe_floor'),
  };
}
