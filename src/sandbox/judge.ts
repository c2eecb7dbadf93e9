import { relative, resolve } from 'node:path';
import { defaultExploreOptions, explore, type ExploreResult } from '../explorer/explore';
import { FreshImpl } from '../explorer/fresh-impl';
import { decodeSchedule } from '../explorer/schedule';
import { FreshModules } from '../instrument/fresh-module';
import { repoRoot } from '../repo-root';
import { installTimeSources } from '../explorer/time-sources';
import { ContractError, type KataSpec } from '../explorer/spec';
import { type FailureData, failureData } from '../report/failure-data';
import type { CheckRequest, Summary, Verdict } from './protocol';

/**
 * Loads a TypeScript module through `require`, where tsx's CommonJS hook (set up by bootstrap.cjs, or by
 * tsx and jest in-process) compiles it; a dynamic `import()` would go to Node's ESM loader, which has no hook.
 */
function loadModule(path: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: the require hook is the point
  return require(path);
}

export interface JudgeHooks {
  onCase?(label: string, taskNames: readonly string[]): void;
  onProgress?(done: number, total: number): void;
  /** Called whenever a task is resumed (the watchdog's heartbeat). */
  onResume?(task: number): void;
}


function summarize(result: ExploreResult): Summary {
  return { cases: result.cases, schedules: result.schedules, elapsedMs: result.elapsedMs, outOfTime: result.outOfTime };
}

function isNotImplemented(error: unknown): error is Error {
  return error instanceof Error && error.name === 'NotImplementedError';
}

/** The first line of a load error, made into one sentence about the file. */
function loadError(implPath: string, error: unknown): string {
  const file = relative(process.cwd(), implPath) || implPath;
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('Transform failed') || error instanceof SyntaxError) {
    const detail = message.split('\n').find((line) => line.includes('ERROR:')) ?? message.split('\n')[0];
    return `${file} does not compile: ${(detail ?? '').replace(/^.*ERROR:\s*/, '').trim()} (${message.match(/:(\d+:\d+):/)?.[1] ?? 'see above'})`;
  }
  if ((error as { code?: string } | undefined)?.code === 'MODULE_NOT_FOUND') {
    return `${file} could not be loaded: ${message.split('\n')[0] ?? message}`;
  }
  return `${file} threw while loading: ${message.split('\n')[0] ?? message}`;
}

/**
 * Loads the spec and the file under test, explores, and turns the result into a verdict. Runs in the
 * sandbox worker (so a busy-wait can be stopped from outside) but works in-process too.
 */
export async function judge(given: CheckRequest, hooks: JudgeHooks = {}): Promise<Verdict> {
  const request = { ...given, specPath: resolve(given.specPath), implPath: resolve(given.implPath) };
  const specModule = loadModule(request.specPath) as { default?: KataSpec<unknown, unknown> };
  const spec = specModule.default;
  if (spec === undefined) return { status: 'error', message: `${request.specPath} has no default export (the kata's spec)` };

  // Before the file loads, so that timer functions it captures at import time are already virtual. Left
  // installed: a sandbox judges one file and ends.
  installTimeSources();
  let exportsOfFile: Record<string, unknown>;
  try {
    exportsOfFile = loadModule(request.implPath) as Record<string, unknown>;
  } catch (error) {
    if (isNotImplemented(error)) return { status: 'pending', message: error.message };
    return { status: 'error', message: loadError(request.implPath, error) };
  }
  try {
    spec.load(exportsOfFile); // the contract is checked once, up front; each schedule loads its own copy
  } catch (error) {
    if (error instanceof ContractError) {
      return { status: 'error', message: `${relative(process.cwd(), request.implPath)}: ${error.message}` };
    }
    throw error;
  }

  // Every schedule gets the file evaluated anew, so module-level state cannot carry one schedule's leftovers
  // into the next (and a failure's replay line, which runs one schedule, reproduces it).
  const modules = new FreshModules(repoRoot);
  const fresh = new FreshImpl(() => spec.load(modules.load(request.implPath)));
  const result = await explore(spec, fresh, {
    ...defaultExploreOptions,
    seed: request.seed,
    ...(request.schedules === undefined ? {} : { forceSchedules: request.schedules }),
    ...(request.timeBudgetMs === undefined ? {} : { timeBudgetMs: request.timeBudgetMs }),
    ...(request.replay === undefined ? {} : { replay: decodeSchedule(request.replay) }),
    onCase: (label, taskNames) => hooks.onCase?.(label, taskNames),
    onProgress: (done, total) => hooks.onProgress?.(done, total),
    ...(hooks.onResume === undefined ? {} : { hooks: { onResume: (task: number) => hooks.onResume?.(task) } }),
  });
  const summary = summarize(result);

  if (result.failure !== undefined) {
    const { outcome } = result.failure;
    if (outcome.end.kind === 'crash' && isNotImplemented(outcome.end.error)) {
      return { status: 'pending', message: outcome.end.error.message };
    }
    if (request.replay !== undefined && outcome.end.kind === 'completed' && outcome.failure === undefined) {
      return { status: 'pass', summary, ...(result.failure.mismatch === undefined ? {} : { note: result.failure.mismatch }) };
    }
    const failure = failureData(result.failure);
    return { status: 'fail', kind: failure.kind, headline: failure.headline, failure, summary };
  }
  if (result.acrossFailure !== undefined) {
    const { failure: broken, caseLabel, example } = result.acrossFailure;
    const failure: FailureData =
      example === undefined
        ? { kind: 'across', headline: broken.message, details: [], caseLabel, how: `over all ${result.schedules} schedules`, taskNames: [], warnings: [] }
        : failureData(
            {
              caseLabel,
              outcome: { ...example, failure: broken },
              foundAfter: result.cases.at(-1)?.schedules ?? result.schedules,
              strategy: 'a property of all of them together; shown: the one that came closest, which passes when replayed alone',
              preemptionsBeforeShrinking: example.preemptions,
              shrinkTries: 0,
            },
            'across',
          );
    return { status: 'fail', kind: 'across', headline: broken.message, failure, summary };
  }
  return { status: 'pass', summary };
}
