import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../catalog';

/**
 * The learner's progress, kept in `.kata/` (git-ignored): hints seen, and the last verdict per kata together
 * with a hash of the file it judged, so the board can show it without re-running every kata.
 * KATA_STATE_DIR moves it elsewhere (the CLI's own tests do).
 */
export const stateDir = process.env.KATA_STATE_DIR ?? join(repoRoot, '.kata');

interface State {
  hintsSeen: Record<string, number>;
  verdicts: Record<string, { hash: string; status: string }>;
}

const file = join(stateDir, 'progress.json');

export function readState(): State {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<State>;
    return { hintsSeen: parsed.hintsSeen ?? {}, verdicts: parsed.verdicts ?? {} };
  } catch {
    return { hintsSeen: {}, verdicts: {} };
  }
}

export function writeState(state: State): void {
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(file, JSON.stringify(state, null, 2) + '\n');
}

/** Forgets a kata's progress, hints seen and last verdict (after `reset`). */
export function forgetKata(slug: string): void {
  const state = readState();
  const without = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([key]) => key !== slug));
  writeState({ hintsSeen: without(state.hintsSeen), verdicts: without(state.verdicts) });
}
