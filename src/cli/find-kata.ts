import { closest, distance } from 'fastest-levenshtein';
import type { Kata } from '../catalog';
import { UserError } from './errors';

/** The kata named by `name`: a slug, a slug with its LeetCode number prefix, or the LeetCode number. */
const commands = ['hint', 'reset', 'solution', 'list', 'help', 'play', 'dev'];

export function findKata(catalog: readonly Kata[], name: string): Kata {
  const wanted = name.replace(/^\d+-/, '').toLowerCase();
  const found = catalog.find((kata) => kata.slug === wanted || (kata.leetcode !== undefined && String(kata.leetcode) === name));
  if (found !== undefined) return found;
  const command = closest(wanted, commands);
  if (distance(wanted, command) <= 2 && wanted.length >= 3) {
    throw new UserError(`there is no kata "${name}"; did you mean the command "${command}"? (npm run kata -- ${command} <slug>)`);
  }
  const slugs = catalog.map((kata) => kata.slug);
  const guess = closest(wanted, slugs);
  const near = distance(wanted, guess) <= Math.max(3, Math.floor(guess.length / 3)) || guess.includes(wanted);
  throw new UserError(
    `there is no kata "${name}"` + (near ? `; did you mean "${guess}"?` : `; run \`npm run kata -- list\` to see them all`),
  );
}
