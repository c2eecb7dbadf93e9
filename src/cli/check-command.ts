import { basename, dirname, relative } from 'node:path';
import { watch } from 'node:fs';
import pc from 'picocolors';
import { type Kata, kataPaths, loadCatalog } from '../catalog';
import { Rng } from '../explorer/rng';
import { decodeSchedule } from '../explorer/schedule';
import type { KataSpec } from '../explorer/spec';
import { type CheckOptions, filesToJudge, judgeFile, printVerdict, rememberVerdict } from './check';
import { UserError } from './errors';
import { findKata } from './find-kata';

const colors = pc.createColors(pc.isColorSupported);

/** What `npm run kata -- <slug> [options]` was given, already checked by the argument parser. */
export interface CheckArgs {
  readonly slug: string;
  readonly impl?: string;
  /** `--solution` alone: every reference solution; with a name: that one. */
  readonly solution?: string | true;
  readonly seed?: string;
  readonly schedules?: string;
  readonly replay?: string;
  readonly watch: boolean;
}

/** Stress-tests the learner's file (or --impl, or the reference solutions); with --watch, again on every save. */
export async function checkCommand(args: CheckArgs): Promise<number> {
  const kata = findKata(loadCatalog(), args.slug);
  const options: CheckOptions = {
    seed: args.seed === undefined ? 1 : Number(args.seed),
    ...(args.schedules === undefined ? {} : { schedules: Number(args.schedules) }),
    ...(args.replay === undefined ? {} : { replay: args.replay }),
  };
  if (options.replay !== undefined) checkReplayCase(kata, options.replay, options.seed);
  const files = filesToJudge(kata, args.impl, args.solution);
  const runOnce = async (): Promise<number> => {
    let worst = 0;
    for (const file of files) {
      const verdict = await judgeFile(kata, file, options);
      rememberVerdict(kata, file, verdict);
      worst = Math.max(worst, printVerdict(kata, file, verdict));
    }
    return worst;
  };
  if (!args.watch) return runOnce();
  return watchLoop(files, runOnce);
}

/**
 * A replayed schedule names its case by number; a number the kata does not have for this seed (a replay line
 * copied without its --seed, or from another kata) is one sentence here, not a stack trace from the explorer.
 * The cases come from the spec as explore() derives them (the seed's fork 0).
 */
function checkReplayCase(kata: Kata, replay: string, seed: number): void {
  const { caseIndex } = decodeSchedule(replay);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the spec is TypeScript, loaded by tsx's require hook
  const spec = (require(kataPaths(kata.slug).spec) as { default: KataSpec<unknown, unknown> }).default;
  const count = spec.cases(new Rng(seed).fork(0)).length;
  if (caseIndex >= count) {
    throw new UserError(
      `the schedule names case ${caseIndex}, but ${kata.slug} has cases 0 to ${count - 1} with seed ${seed}: copy the whole replay: line, with its --seed`,
    );
  }
}

function watchLoop(files: string[], runOnce: () => Promise<number>): Promise<number> {
  let running = false;
  let again = false;
  const rerun = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    if (process.stdout.isTTY) process.stdout.write('\x1b[2J\x1b[H');
    await runOnce();
    console.log(colors.dim(`\nwatching ${files.map((f) => relative(process.cwd(), f)).join(', ')}; Ctrl-C to stop`));
    running = false;
    if (again) {
      again = false;
      await rerun();
    }
  };
  let timer: NodeJS.Timeout | undefined;
  // Watch the folder, not the file: editors that save by renaming a new file over the old one would
  // otherwise leave us watching a file that no longer exists.
  for (const file of files) {
    watch(dirname(file), (_event, name) => {
      if (name !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void rerun(), 150); // editors save in bursts
    });
  }
  void rerun();
  return new Promise<number>(() => undefined); // until Ctrl-C
}
