import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import pc from 'picocolors';
import { type Kata, kataPaths, solutionFiles } from '../catalog';
import type { Summary, Verdict } from '../sandbox/protocol';
import { renderFailure, replayWith } from '../report/failure-report';
import { paintFor } from '../report/paint';
import { type IsolatedSandbox, runIsolated } from '../sandbox/isolated-sandbox';
import { UserError } from './errors';
import { ProgressBar } from './progress-bar';
import { readState, writeState } from './state';

/** Real time a default check may explore for; `npm test -- <slug>` judges without it. */
export const CHECK_TIME_NET_MS = 1_900;

export interface CheckOptions {
  readonly seed: number;
  readonly schedules?: number;
  readonly replay?: string;
}

const colors = pc.createColors(pc.isColorSupported);

/** One line per case: how many schedules it ran, and whether an exhaustive search saw every interleaving. */
export function describeSummary(summary: Summary): string {
  const parts = summary.cases.map((c) => {
    const count = c.schedules.toLocaleString('en-US');
    const plural = c.schedules === 1 ? '' : 's';
    const what =
      c.mode !== 'exhaustive'
        ? `${count} schedule${plural}`
        : c.complete
          ? c.schedules === 1
            ? 'the only interleaving'
            : `all ${count} interleavings`
          : `${count} interleaving${plural} (search cut short)`;
    return `${c.label}: ${what}${c.note === undefined ? '' : colors.yellow(` (${c.note})`)}`;
  });
  return parts.join('\n    ');
}

/** The command that reruns exactly this check, for the replay line. */
export function commandFor(kata: Kata, implPath: string, options: CheckOptions): string {
  const shown = relative(process.cwd(), implPath);
  const impl = resolve(implPath) === kataPaths(kata.slug).stub ? '' : ` --impl ${shown}`;
  return `npm run kata -- ${kata.slug}${impl} --seed ${options.seed}`;
}

/**
 * Judges one file in the sandbox: in `sandbox`'s host process, or a process of its own; aborting `signal`
 * cancels the check (it rejects).
 */
export async function judgeFile(kata: Kata, implPath: string, options: CheckOptions, signal?: AbortSignal, sandbox?: IsolatedSandbox): Promise<Verdict> {
  if (!existsSync(implPath)) {
    const own = resolve(implPath) === kataPaths(kata.slug).stub;
    const restore = own ? `; npm run kata -- reset ${kata.slug} restores the stub` : '';
    throw new UserError(`there is no file ${relative(process.cwd(), implPath)}${restore}`);
  }
  const bar = new ProgressBar(colors.dim('exploring'));
  try {
    const judge = sandbox === undefined ? runIsolated : sandbox.run.bind(sandbox);
    return await judge(
      {
        slug: kata.slug,
        specPath: kataPaths(kata.slug).spec,
        implPath: resolve(implPath),
        seed: options.seed,
        // A learner's loop must stay quick: every reference solution's check fits in this net (docs/results.md),
        // and a slower search (a polling solution, a huge exhaustive case) stops at it and says so.
        timeBudgetMs: CHECK_TIME_NET_MS,
        ...(options.schedules === undefined ? {} : { schedules: options.schedules }),
        ...(options.replay === undefined ? {} : { replay: options.replay }),
      },
      {
        onProgress: (done, total) => bar.update(done, total),
        quiet: options.replay === undefined,
        ...(signal === undefined ? {} : { signal }),
      },
    );
  } finally {
    bar.done();
  }
}

/** Prints a verdict the way a learner reads it. Returns the exit code. */
export function printVerdict(kata: Kata, implPath: string, verdict: Verdict, options: CheckOptions): number {
  const file = relative(process.cwd(), implPath);
  switch (verdict.status) {
    case 'pass': {
      if (verdict.summary.cases[0]?.mode === 'replay') {
        console.log(colors.green(`✓ ${kata.slug}: the replayed schedule passes with ${file}`));
        if (verdict.note !== undefined) console.log(colors.yellow(`  note: ${verdict.note}`));
        return 0;
      }
      const seconds = (verdict.summary.elapsedMs / 1000).toFixed(2);
      console.log(colors.green(`✓ ${kata.slug}: ${file} passed ${verdict.summary.schedules.toLocaleString('en-US')} schedules in ${seconds} s`));
      console.log(colors.dim(`    ${describeSummary(verdict.summary)}`));
      if (verdict.summary.outOfTime) console.log(colors.yellow('    (stopped early: the time budget ran out before every case was explored)'));
      if (resolve(implPath) === kataPaths(kata.slug).stub) {
        console.log(
          `\n  Well done. Compare your design with the reference solutions (npm run kata -- solution ${kata.slug}),` +
            `\n  read the classic wrong answers in docs/katas/${kata.slug}.md, or try other schedules: --seed 2.`,
        );
      }
      return 0;
    }
    case 'pending':
      console.log(colors.yellow(`○ ${kata.slug}: not started: ${verdict.message}.`));
      console.log(`  Open ${file}, replace the notImplemented(...) calls, and run this again. Stuck? npm run kata -- hint ${kata.slug}`);
      return 1;
    case 'fail':
      console.log(
        renderFailure(verdict.failure, {
          slug: kata.slug,
          paint: paintFor(colors.isColorSupported),
          width: Math.min(process.stdout.columns || 80, 120),
          replayCommand: replayWith(commandFor(kata, implPath, options)),
        }),
      );
      return 1;
    case 'hang':
    case 'stopped':
      // The message starts with who did what: a spinning task, a looping constructor, process.exit, memory.
      console.log(colors.red(`✗ ${kata.slug}: ${verdict.message}`));
      return 1;
    case 'error':
      console.log(colors.red(`✗ ${kata.slug}: ${verdict.message}`));
      return 1;
  }
}

export function fileHash(path: string): string {
  return createHash('sha1').update(readFileSync(path)).digest('hex').slice(0, 12);
}

/** Remembers the verdict on the learner's own file for the board. */
export function rememberVerdict(kata: Kata, implPath: string, verdict: Verdict): void {
  if (resolve(implPath) !== kataPaths(kata.slug).stub) return;
  const state = readState();
  state.verdicts[kata.slug] = { hash: fileHash(implPath), status: verdict.status };
  writeState(state);
}

/** Which files `kata <slug>` judges: the learner's stub, `--impl`, or reference solutions. */
export function filesToJudge(kata: Kata, impl: string | undefined, solution: string | true | undefined): string[] {
  if (impl !== undefined) return [resolve(impl)];
  if (solution === undefined) return [kataPaths(kata.slug).stub];
  const solutions = solutionFiles(kata.slug);
  if (solution === true) return solutions.map((s) => s.path);
  const match = solutions.find((s) => s.name === solution);
  if (match === undefined) {
    throw new UserError(`${kata.slug} has no reference solution "${solution}"; it has ${solutions.map((s) => s.name).join(', ')}`);
  }
  return [match.path];
}

