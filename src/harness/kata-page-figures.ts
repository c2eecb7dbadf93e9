/**
 * What a kata page (docs/katas/<slug>.md) says about when the stress test catches each mutant. Each mutant has
 * one bullet, `- **Title** (`name`, kind): ...`, which may say "Caught after 23 schedules": a count from the
 * start of the run, all cases before the catching one included, with the default seed and no time budget, as
 * `npm test` runs it. The kata suite compares it with the mutant's verdict, so a change to a spec or to the
 * explorer that moves it cannot leave the page wrong.
 *
 * Only that phrase is checked, so it is the only one allowed: another count of schedules in a mutant's bullet
 * ("(89 schedules)", "on the 15th schedule", "153rd overall") is reported as a figure nobody checks.
 */
export interface MutantFigures {
  /** Every "after N schedule(s)" in the mutant's bullet. */
  readonly caughtAfter: readonly number[];
  /** Counts of schedules in other words, which cannot be checked. */
  readonly unchecked: readonly string[];
}

const CHECKED = /\bafter ([\d,]+) schedules?\b/g;
const OTHER_COUNTS = /\b[\d,]*\d(?:st|nd|rd|th)?(?: overall\b|(?: [a-z]+)? schedules?\b)/g;

/** The lines of the bullet that names `mutant` as `(`mutant`, kind)`, joined; undefined if there is none. */
function bulletOf(page: string, mutant: string): string | undefined {
  const lines = page.split('\n');
  const start = lines.findIndex((line) => line.startsWith('- ') && line.includes(`(\`${mutant}\`, `));
  if (start < 0) return undefined;
  const bullet = [lines[start] as string];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    bullet.push(line.trim());
  }
  return bullet.join(' ');
}

export function mutantFigures(page: string, mutant: string): MutantFigures {
  const bullet = bulletOf(page, mutant);
  if (bullet === undefined) return { caughtAfter: [], unchecked: [] };
  const caughtAfter = [...bullet.matchAll(CHECKED)].map((match) => Number((match[1] as string).replaceAll(',', '')));
  const unchecked = [...bullet.replaceAll(CHECKED, '').matchAll(OTHER_COUNTS)].map((match) => match[0]);
  return { caughtAfter, unchecked };
}

/**
 * An interleaving count a kata page quotes, followed by a marker naming where it comes from, invisible once
 * rendered: `540<!-- interleavings of solutions/building-h2o/barrier.ts in "HHO" -->` = the exhaustive case
 * whose label starts with "HHO", judged on that file with the default seed, explored every interleaving, and
 * there were 540. "over 20,000<!-- ... -->" says the search stopped there, cut short. The kata suite that
 * judges the file compares the figure with its run.
 */
export interface InterleavingFigure {
  readonly count: number;
  readonly cutShort: boolean;
  /** The judged file, relative to the repository's root. */
  readonly file: string;
  readonly caseLabel: string;
}

export const INTERLEAVING_MARKER = /(over )?([\d,]+)<!-- interleavings of (\S+) in "([^"]+)" -->/g;

export function interleavingFigures(page: string): InterleavingFigure[] {
  return [...page.matchAll(INTERLEAVING_MARKER)].map((match) => ({
    cutShort: match[1] !== undefined,
    count: Number((match[2] as string).replaceAll(',', '')),
    file: match[3] as string,
    caseLabel: match[4] as string,
  }));
}

/** What one judged file's run found in a case, as the verdict's summary lists it. */
export interface CaseFound {
  readonly label: string;
  readonly mode: string;
  readonly schedules: number;
  readonly complete: boolean;
}

/** Why `figure` does not match the run's cases, or undefined if it does. */
export function figureMismatch(figure: InterleavingFigure, cases: readonly CaseFound[]): string | undefined {
  const found = cases.find((c) => c.label.startsWith(figure.caseLabel));
  const quoted = `${figure.cutShort ? 'over ' : ''}${figure.count.toLocaleString('en-US')} interleavings in "${figure.caseLabel}"`;
  if (found === undefined) return `it quotes ${quoted}, but no case's label starts so`;
  if (found.mode !== 'exhaustive') return `it quotes ${quoted}, but that case is ${found.mode}`;
  if (found.complete === figure.cutShort || found.schedules !== figure.count) {
    return `it quotes ${quoted}, but the run explored ${found.schedules.toLocaleString('en-US')}${found.complete ? ', all of them' : ', cut short'}`;
  }
  return undefined;
}
