import { existsSync } from 'node:fs';
import pc from 'picocolors';
import { type Kata, kataPaths, isUnstarted, type Track } from '../catalog';
import { fileHash } from './check';
import { readState } from './state';

const colors = pc.createColors(pc.isColorSupported);

export type KataStatus = 'not started' | 'passing' | 'failing' | 'not checked' | 'missing';

/** A kata's status from the learner's own file and the last verdict on exactly that content. */
export function statusOf(kata: Kata): KataStatus {
  const stub = kataPaths(kata.slug).stub;
  if (!existsSync(stub)) return 'missing';
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
  missing: colors.red('!'),
};

/**
 * The board: every kata in learning order, grouped by track (in the catalog's order of tracks), with its
 * status, a progress bar and the suggested next kata. Fits 60 columns with the shipped catalog: one short
 * row per kata (the slug says what it is; the title is in its README), and the hints below wrap by hand.
 */
export function renderBoard(catalog: readonly Kata[], statuses: readonly KataStatus[], tracks: readonly Track[] = []): string {
  const lines: string[] = [colors.bold('Concurrency katas')];
  const slugWidth = Math.max(...catalog.map((kata) => kata.slug.length));
  const known = new Set(tracks.map((track) => track.id));
  const groups = [
    ...tracks.map((track) => ({ title: track.title, katas: catalog.filter((kata) => kata.track === track.id) })),
    { title: tracks.length === 0 ? '' : 'Other katas', katas: catalog.filter((kata) => !known.has(kata.track)) },
  ];
  for (const group of groups) {
    if (group.katas.length === 0) continue;
    lines.push('');
    if (group.title !== '') lines.push(`  ${colors.bold(group.title)}`);
    for (const kata of group.katas) {
      const status = statuses[catalog.indexOf(kata)] ?? 'not started';
      const number = (kata.leetcode === undefined ? '' : String(kata.leetcode)).padStart(4);
      lines.push(`  ${marks[status]} ${colors.dim(number)} ${kata.slug.padEnd(slugWidth)}  ${colors.dim(kata.difficulty.padEnd(6))}  ${status}`);
    }
  }
  const passing = statuses.filter((s) => s === 'passing').length;
  const width = 30;
  const filled = catalog.length === 0 ? 0 : Math.round((passing / catalog.length) * width);
  lines.push('', `  ${colors.green('█'.repeat(filled))}${colors.dim('░'.repeat(width - filled))} ${passing}/${catalog.length} passing`);
  const missing = catalog.filter((_, index) => statuses[index] === 'missing');
  for (const kata of missing) {
    lines.push('', colors.red(`  ${kata.slug}: your file is missing.`), '  To restore the stub:', `  npm run kata -- reset ${kata.slug}`);
  }
  const next = catalog.find((_, index) => statuses[index] !== 'passing');
  lines.push(
    '',
    ...(next === undefined
      ? [colors.green('  Every kata passes. Try other schedules:'), colors.green('  npm run kata -- <slug> --seed 7')]
      : [`  Next: ${colors.bold(`npm run kata -- ${next.slug}`)}`, `  Read: problems/${next.slug}/README.md`]),
  );
  lines.push(colors.dim('  Also: hint <slug>, reset <slug>, solution <slug>,'), colors.dim('        <slug> --watch'));
  return lines.join('\n');
}
