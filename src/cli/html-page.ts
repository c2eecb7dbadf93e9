import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Kata } from '../catalog';
import type { FailureData } from '../report/failure-data';
import type { Verdict } from '../sandbox/protocol';
import { replayWith } from '../report/failure-report';
import { htmlReport } from '../report/html-report';
import { type CheckOptions, commandFor } from './check';
import { stateDir } from './state';

/**
 * Where `--html` writes a failure's page: the file given, or `.kata/reports/<slug>-<file>-<hash>.html`, named
 * after the failure (file, schedule, headline), so that checking the same failure again rewrites one page.
 */
export function htmlPagePath(kata: Kata, implPath: string, failure: FailureData, target: string | true): string {
  if (target !== true) return resolve(target);
  const hash = createHash('sha1')
    .update(`${resolve(implPath)}\0${failure.schedule ?? ''}\0${failure.headline}`)
    .digest('hex')
    .slice(0, 8);
  const file = basename(implPath).replace(/\.[cm]?[jt]s$/, '');
  return join(stateDir, 'reports', `${kata.slug}-${file}-${hash}.html`);
}

/** The judged file's lines, so the page can show the code each task stands at; none when it cannot be read. */
function sourcesOf(implPath: string): Record<string, string[]> {
  try {
    return { [basename(implPath)]: readFileSync(implPath, 'utf8').split(/\r?\n/) };
  } catch {
    return {};
  }
}

/** Writes the page of a failure and returns its path for the terminal (relative to the working directory when inside it). */
export function writeHtmlPage(kata: Kata, implPath: string, failure: FailureData, command: string, target: string | true): string {
  const path = htmlPagePath(kata, implPath, failure, target);
  mkdirSync(dirname(path), { recursive: true });
  const page = htmlReport(failure, { slug: kata.slug, replayCommand: replayWith(command)(failure.schedule), sources: sourcesOf(implPath) });
  writeFileSync(path, page);
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}

const noSchedule: Readonly<Record<Exclude<Verdict['status'], 'fail'>, string>> = {
  pass: 'this check passed',
  pending: 'the kata is not started yet',
  hang: 'a stuck task stops the check before its schedule ends',
  stopped: 'the check was stopped before its schedule ended',
  error: 'the check could not run',
};

/** The line `--html` adds after a verdict: where the page is, or why there is none. */
export function htmlPageLine(kata: Kata, implPath: string, verdict: Verdict, options: CheckOptions, target: string | true): string {
  if (verdict.status !== 'fail') return `html: no page: only a failing schedule has one, and ${noSchedule[verdict.status]}`;
  return `html: ${writeHtmlPage(kata, implPath, verdict.failure, commandFor(kata, implPath, options), target)}`;
}
