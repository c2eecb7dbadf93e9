import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import { kataPaths, loadCatalog, loadCatalogFile, isUnstarted, solutionFiles } from '../catalog';
import { renderBoard, statusOf } from './board';
import { judgeFile, rememberVerdict } from './check';
import { UserError } from './errors';
import { findKata } from './find-kata';
import { resetToStub } from './learner-files';
import { forgetKata, readState, writeState } from './state';

/** The learner's commands other than checking a kata (check-command.ts): board, hint, reset, solution, list. */

const colors = pc.createColors(pc.isColorSupported);

export function hintCommand(slug: string): number {
  const kata = findKata(loadCatalog(), slug);
  const state = readState();
  const seen = Math.min((state.hintsSeen[kata.slug] ?? 0) + 1, kata.hints.length);
  state.hintsSeen[kata.slug] = seen;
  writeState(state);
  kata.hints.slice(0, seen).forEach((hint, index) => {
    const label = `Hint ${index + 1} of ${kata.hints.length}:`;
    console.log(index + 1 === seen ? `${colors.bold(label)} ${hint}` : colors.dim(`${label} ${hint}`));
  });
  if (seen < kata.hints.length) console.log(colors.dim(`\nRun the same command again for the next hint.`));
  else console.log(colors.dim(`\nThat was the last hint. The docs explain the solutions: docs/katas/${kata.slug}.md`));
  return 0;
}

/** Restores the shipped stub and forgets the kata's progress: hints seen and the last verdict. */
export function resetCommand(slug: string): number {
  const kata = findKata(loadCatalog(), slug);
  const stub = kataPaths(kata.slug).stub;
  const { backup, changed } = resetToStub(stub, kata.slug);
  forgetKata(kata.slug);
  const file = relative(process.cwd(), stub);
  console.log(changed ? `Restored ${file} to the stub; hints start again from the first.` : `${file} is already the stub; hints start again from the first.`);
  if (backup !== undefined) console.log(`Your previous version is saved in ${relative(process.cwd(), backup)}`);
  return 0;
}

export async function solutionCommand(slug: string, name: string | undefined, yes: boolean): Promise<number> {
  const kata = findKata(loadCatalog(), slug);
  const solutions = solutionFiles(kata.slug);
  const chosen = name === undefined ? solutions[0] : solutions.find((s) => s.name === name);
  if (chosen === undefined) {
    throw new UserError(`${kata.slug} has no reference solution "${name ?? ''}"; it has ${solutions.map((s) => s.name).join(', ')}`);
  }
  const warning = `Spoiler: this shows the "${chosen.name}" solution of ${kata.title}.`;
  if (!yes && isUnstarted(kataPaths(kata.slug).stub)) {
    if (!process.stdin.isTTY) throw new UserError(`${warning} You have not started this kata; add --yes to see it anyway`);
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`${colors.yellow(warning)} You have not started this kata yet. Show it? [y/N] `);
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) return 0;
  } else {
    console.log(colors.yellow(warning));
  }
  console.log(colors.dim(`// ${relative(process.cwd(), chosen.path)} (others: ${solutions.map((s) => s.name).join(', ')})\n`));
  console.log(readFileSync(chosen.path, 'utf8'));
  return 0;
}

export function listCommand(): number {
  for (const kata of loadCatalog()) console.log(`${kata.slug.padEnd(30)} ${kata.leetcode}  ${kata.title}`);
  return 0;
}

/** The board. Katas changed since they were last judged are judged first, so every status is current. */
export async function boardCommand(): Promise<number> {
  const { katas: catalog, tracks } = loadCatalogFile();
  for (const kata of catalog) {
    if (statusOf(kata) !== 'not checked') continue;
    const stub = kataPaths(kata.slug).stub;
    if (process.stderr.isTTY) process.stderr.write(colors.dim(`checking ${kata.slug}…\r`));
    rememberVerdict(kata, stub, await judgeFile(kata, stub, { seed: 1 }));
    if (process.stderr.isTTY) process.stderr.write('\x1b[2K');
  }
  console.log(renderBoard(catalog, catalog.map(statusOf), tracks));
  return 0;
}
