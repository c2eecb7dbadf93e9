/** The bench's command line, parsed without side effects (tests/bench/args.test.ts). */
export interface BenchArgs {
  readonly quick: boolean;
  readonly details: boolean;
  /** Katas named on the command line (positional or --katas a,b); empty = all. */
  readonly only: readonly string[];
  /**
   * Real time each approach may spend on one mutant in bug finding; null = no budget (the explorer runs to
   * the end of its schedules, as in the kata suites; the baselines keep a 20 s safety cap).
   */
  readonly mutantBudgetMs: number | null;
  /** Other Node binaries to run the synthetic part on, after this one's. */
  readonly nodes: readonly string[];
}

/** Per-mutant budgets when none is given: a default run stays around a minute or two, --quick shorter. */
export const DEFAULT_MUTANT_BUDGET_MS = { full: 1000, quick: 250 } as const;

const USAGE = 'known: --quick, --details, --katas a,b, --mutant-budget-ms <ms|none>, --node <path to a node binary>, kata slugs';

/** Splits "a,b, c" into ["a", "b", "c"], dropping empty items; an empty list is an error (a typo, not "all"). */
export function parseList(value: string, option: string): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0) throw new Error(`${option} needs a comma-separated list`);
  return items;
}

export function parseBudget(value: string): number | null {
  if (value === 'none') return null;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new Error(`--mutant-budget-ms takes a positive whole number of ms or "none", not "${value}"`);
  return Number(value);
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  let quick = false;
  let details = false;
  let budget: number | null | undefined;
  const only: string[] = [];
  const nodes: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    // "--option=value" and "--option value" are the same.
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${name} needs a value`);
      i += 1;
      return next;
    };
    if (name === '--quick') quick = true;
    else if (name === '--details') details = true;
    else if (name === '--katas') only.push(...parseList(value(), '--katas'));
    else if (name === '--mutant-budget-ms') budget = parseBudget(value());
    else if (name === '--node') nodes.push(value());
    else if (name.startsWith('--')) throw new Error(`unknown option ${name} (${USAGE})`);
    else only.push(name);
  }
  const mutantBudgetMs = budget === undefined ? (quick ? DEFAULT_MUTANT_BUDGET_MS.quick : DEFAULT_MUTANT_BUDGET_MS.full) : budget;
  return { quick, details, only: [...new Set(only)], mutantBudgetMs, nodes };
}
