import { basename, dirname, relative } from 'node:path';
import { watch } from 'node:fs';
import pc from 'picocolors';
import { type Kata, kataPaths, loadCatalog } from '../catalog';
import { Rng } from '../explorer/rng';
import { decodeSchedule } from '../explorer/schedule';
import type { KataSpec } from '../explorer/spec';
import { type CheckOptions, filesToJudge, judgeFile, printVerdict, rememberVerdict } from './check';
import { UserError } from './errors';
import { describeValue } from '../report/describe-value';
import { findKata } from './find-kata';
import { htmlPageLine } from './html-page';
import { Rerunner } from './rerunner';
import { IsolatedSandbox } from '../sandbox/isolated-sandbox';

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
  /** `--html` alone: a page in .kata/reports/ for each failure; with a file: that page. */
  readonly html?: string | true;
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
  if (typeof args.html === 'string' && files.length > 1) {
    throw new UserError(`--html ${args.html} names one page, but ${files.length} files are judged: give --html without a file (one page each)`);
  }
  // One host for every check of this command (several solutions, each save in --watch): its worker, left fit
  // by a verdict, judges the next file without starting anew.
  const sandbox = new IsolatedSandbox();
  const runOnce = async (signal?: AbortSignal): Promise<number> => {
    let worst = 0;
    for (const file of files) {
      const verdict = await judgeFile(kata, file, options, signal, sandbox);
      rememberVerdict(kata, file, verdict);
      worst = Math.max(worst, printVerdict(kata, file, verdict, options));
      if (args.html !== undefined) console.log(htmlPageLine(kata, file, verdict, options, args.html));
    }
    return worst;
  };
  try {
    return await (args.watch ? watchLoop(files, runOnce) : runOnce());
  } finally {
    sandbox.close();
  }
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

/**
 * --watch: checks now and after every save. Each check starts with a line that says so (and when a save
 * cancelled the check before it); a save during a check cancels it and starts again on the new content.
 */
function watchLoop(files: string[], runOnce: (signal: AbortSignal) => Promise<number>): Promise<number> {
  const shown = files.map((f) => relative(process.cwd(), f)).join(', ');
  const rerunner = new Rerunner(async (signal, run) => {
    if (process.stdout.isTTY) process.stdout.write('\x1b[2J\x1b[H');
    const time = new Date().toLocaleTimeString('en-GB');
    console.log(colors.dim(`${run.restarted ? 'saved again: restarted' : run.number === 1 ? 'checking' : 'saved: checking'} ${shown} (${time})…`));
    await runOnce(signal);
    console.log(colors.dim(`\nwatching ${shown}; save to check again, Ctrl-C to stop`));
  }, (error) => {
    // A file deleted between saves, say: show it and keep watching.
    console.log(colors.red(`error: ${error instanceof UserError ? error.message : describeValue(error)}`));
  });
  let timer: NodeJS.Timeout | undefined;
  // Watch the folder, not the file: editors that save by renaming a new file over the old one would
  // otherwise leave us watching a file that no longer exists.
  for (const file of files) {
    watch(dirname(file), (_event, name) => {
      if (name !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => rerunner.trigger(), 150); // editors save in bursts
    });
  }
  rerunner.trigger();
  return new Promise<number>(() => undefined); // until Ctrl-C
}
