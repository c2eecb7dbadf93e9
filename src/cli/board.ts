import pc from 'picocolors';
import { type Kata, kataPaths, isUnstarted } from '../catalog';
import { fileHash } from './check';
import { readState } from './state';

const colors = pc.createColors(pc.isColorSupported);

export type KataStatus = 'not started' | 'passing' | 'failing' | 'not checked';

/** A kata's status from the learner's own file and the last verdict on exactly that content. */
export function statusOf(kata: Kata): KataStatus {
  const stub = kataPaths(kata.slug).stub;
  if (isUnstarted(stub)) return 'not started';
  const seen = readState().verdicts[kata.slug];
  if (seen?.hash !== fileHash(stub)) return 'not checked';
  return seen.status === 'pass' ? 'passing' : 'failing';
}

const marks: Record<KataStatus, string> = {
  'not started': colors.dim('○'),
  'not checked': colors.yellow('?'),
  failing: colors.red('✗'),
  passing: colors.green('✓'),
};

/** The board: every kata in learning order with its status, a progress bar and the suggested next kata. */
export function renderBoard(catalog: readonly Kata[], statuses: readonly KataStatus[]): string {
  const lines: string[] = [colors.bold('Concurrency katas'), ''];
  const titleOf = (kata: Kata): string => (kata.leetcode === undefined ? kata.title : `${kata.title} (${kata.leetcode})`);
  const titleWidth = Math.max(...catalog.map((kata) => titleOf(kata).length));
  catalog.forEach((kata, index) => {
    const status = statuses[index] ?? 'not started';
    const title = titleOf(kata).padEnd(titleWidth);
    lines.push(`  ${marks[status]} ${kata.slug.padEnd(30)} ${title} ${colors.dim(kata.difficulty.padEnd(6))} ${status}`);
  });
  const passing = statuses.filter((s) => s === 'passing').length;
  const width = 30;
  const filled = catalog.length === 0 ? 0 : Math.round((passing / catalog.length) * width);
  lines.push('', `  ${colors.green('█'.repeat(filled))}${colors.dim('░'.repeat(width - filled))} ${passing}/${catalog.length} passing`);
  const next = catalog.find((_, index) => statuses[index] !== 'passing');
  lines.push(
    '',
    next === undefined
      ? colors.green('  Every kata passes. Try another seed: npm run kata -- <slug> --seed 7')
      : `  Next: ${colors.bold(`npm run kata -- ${next.slug}`)}   (statement: problems/${next.slug}/README.md)`,
  );
  lines.push(colors.dim('  Also: hint <slug>, reset <slug>, solution <slug>, <slug> --watch'));
  return lines.join('\n');
}
