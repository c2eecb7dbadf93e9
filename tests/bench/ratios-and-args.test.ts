import { DEFAULT_MUTANT_BUDGET_MS, parseArgs, parseList } from '../../bench/args';
import { attemptBudgetMs, BASELINE_CAP_MS, undecided } from '../../bench/budget';
import { ratio, showRatio, syntheticRatios } from '../../bench/ratios';
import { parseFigures } from '../../bench/figures';

describe('ratios', () => {
  it('rounds to two decimals', () => {
    expect(ratio(26_700, 23_300)).toBe(1.15);
    expect(ratio(15_400, 130_000)).toBe(0.12);
  });

  it('is null when nothing was measured, never Infinity or NaN', () => {
    expect(ratio(1000, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(Number.NaN, 5)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
  });

  it('gives both synthetic ratios', () => {
    expect(syntheticRatios({ explorer: 30, fastcheck: 10, floor: 60, idleProbeFloor: 40 })).toEqual({
      explorer_vs_fastcheck: 3,
      explorer_vs_floor: 0.5,
      explorer_vs_idle_probe_floor: 0.75,
    });
    expect(showRatio(1.5)).toBe('1.50×');
    expect(showRatio(null)).toBe('-');
  });
});

describe('bench arguments', () => {
  it('defaults: all katas, a per-mutant budget, no other Node', () => {
    expect(parseArgs([])).toEqual({ quick: false, details: false, only: [], mutantBudgetMs: DEFAULT_MUTANT_BUDGET_MS.full, nodes: [] });
    expect(parseArgs(['--quick']).mutantBudgetMs).toBe(DEFAULT_MUTANT_BUDGET_MS.quick);
  });

  it('takes katas as a list, as plain arguments, or both, without duplicates', () => {
    expect(parseArgs(['--katas', 'a,b']).only).toEqual(['a', 'b']);
    expect(parseArgs(['--katas=a, b,', 'c', 'a']).only).toEqual(['a', 'b', 'c']);
    expect(parseList(' x ,y', '--katas')).toEqual(['x', 'y']);
  });

  it('rejects an empty list, a missing value and unknown options', () => {
    expect(() => parseArgs(['--katas', ','])).toThrow(/comma-separated/);
    expect(() => parseArgs(['--katas'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--katas', '--quick'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/);
  });

  it('parses the per-mutant budget: milliseconds or none', () => {
    expect(parseArgs(['--mutant-budget-ms', '500']).mutantBudgetMs).toBe(500);
    expect(parseArgs(['--quick', '--mutant-budget-ms=none']).mutantBudgetMs).toBeNull();
    expect(() => parseArgs(['--mutant-budget-ms', '0'])).toThrow(/positive/);
    expect(() => parseArgs(['--mutant-budget-ms', '1.5'])).toThrow(/positive/);
  });

  it('collects --node binaries in order', () => {
    expect(parseArgs(['--node', '/a/node', '--node=/b/node']).nodes).toEqual(['/a/node', '/b/node']);
  });
});

describe('bug-finding budgets', () => {
  it('without a budget the explorer runs to the end and the baselines keep their safety cap', () => {
    expect(attemptBudgetMs('explorer', null)).toBe(Number.POSITIVE_INFINITY);
    expect(attemptBudgetMs('fast-check', null)).toBe(BASELINE_CAP_MS);
    expect(attemptBudgetMs('explorer', 300)).toBe(300);
    expect(attemptBudgetMs('jitter', 300)).toBe(300);
  });

  it('an attempt cut without a failure is undecided, a caught or completed one is not', () => {
    const base = { approach: 'explorer', schedules: 10, elapsedMs: 1 };
    expect(undecided({ ...base, caught: undefined, cut: true })).toBe(true);
    expect(undecided({ ...base, caught: undefined, cut: false })).toBe(false);
    expect(undecided({ ...base, caught: { after: 1, caseLabel: 'c', caseIndex: 0, inCase: 1, how: 'deadlock' }, cut: true })).toBe(false);
  });
});

describe('figures from another Node', () => {
  const figures = {
    node: 'v24.0.0',
    explorer_schedules_per_s: 10,
    fastcheck_schedules_per_s: 5,
    jitter_schedules_per_s: 4,
    fastcheck_bare_schedules_per_s: 20,
    floor_schedules_per_s: 100,
    floor_idle_probe_schedules_per_s: 40,
    explorer_vs_fastcheck: 2,
    explorer_vs_floor: null,
    explorer_vs_idle_probe_floor: 0.25,
  };

  it('reads the child process JSON line back', () => {
    expect(parseFigures(JSON.stringify(figures))).toEqual(figures);
  });

  it('rejects a line without the figures', () => {
    expect(() => parseFigures('{"node":"v24"}')).toThrow(/missing/);
    expect(() => parseFigures('[]')).toThrow(/missing/);
  });
});
