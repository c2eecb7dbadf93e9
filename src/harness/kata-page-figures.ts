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
