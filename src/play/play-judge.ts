import { relative, resolve } from 'node:path';
import { repoRoot } from '../repo-root';
import { FreshImpl } from '../explorer/fresh-impl';
import { failed, type Outcome, RejectionWatch, runSchedule } from '../explorer/outcome';
import { Rng } from '../explorer/rng';
import { decodeSchedule, encodeSchedule } from '../explorer/schedule';
import { ContractError, type KataSpec } from '../explorer/spec';
import type { Decision } from '../explorer/strategy';
import { optionsOf } from '../explorer/strategy';
import { installTimeSources } from '../explorer/time-sources';
import { FreshModules } from '../instrument/fresh-module';
import { describeEnd } from '../report/failure-data';
import type { CheckRequest, Verdict } from '../sandbox/protocol';
import type { PlayDecision, PlayEnd, PlayRequest, PlayState } from './play-state';
import { PrefixStrategy } from './prefix-strategy';

/** Same limit as a check's: past it a run counts as a livelock. */
const MAX_STEPS = 50_000;

function loadModule(path: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx's CommonJS hook compiles it (see judge.ts)
  return require(path);
}

/** What the learner is offered at a decision, in the words of the page. */
export function describeDecision(decision: Decision, names: readonly string[]): PlayDecision {
  const name = (task: number): string => names[task] ?? `task ${task}`;
  const values = decision.kind === 'task' ? [...decision.runnable] : optionsOf(decision);
  const label = (value: number): string => {
    switch (decision.kind) {
      case 'task':
        return `run ${name(value)}`;
      case 'flow':
        return `${name(decision.task)}: flow ${value + 1} of ${decision.flows}`;
      case 'time':
        return value === 0
          ? 'the environment is on time'
          : value === 1
            ? 'the environment is late (after the timers pending now)'
            : 'the environment is held back (after the timers the code sets meanwhile too)';
      case 'collect':
        return value === 0 ? 'no garbage collection here' : 'the garbage collector runs here';
    }
  };
  return { kind: decision.kind, index: decision.index, options: values.map((value) => ({ value, label: label(value) })) };
}

function endOf(outcome: Outcome): PlayEnd {
  const { headline, details } = describeEnd(outcome.end, outcome.failure);
  const passed = !failed(outcome);
  return {
    failed: !passed,
    kind: outcome.failure !== undefined ? 'violation' : outcome.end.kind,
    headline: passed ? 'every task finished and the output is right: this schedule passes' : headline,
    details,
    schedule: encodeSchedule(outcome.schedule),
  };
}

/**
 * Answers a play request in the sandbox worker: loads the spec and the file as a check does, runs one fresh
 * schedule of the case under a PrefixStrategy, and reports where it paused (or how it ended) with its trace.
 * The learner's code runs here, never in the server: a busy-wait or process.exit gets the watchdog's verdict.
 */
export async function playJudge(given: CheckRequest & { readonly play: PlayRequest }, onResume?: (task: number) => void): Promise<Verdict> {
  const specPath = resolve(given.specPath);
  const implPath = resolve(given.implPath);
  const spec = (loadModule(specPath) as { default?: KataSpec<unknown, unknown> }).default;
  if (spec === undefined) return { status: 'error', message: `${specPath} has no default export (the kata's spec)` };
  installTimeSources(); // before the file loads, as in a check: timers it captures are virtual
  let exportsOfFile: Record<string, unknown>;
  try {
    exportsOfFile = loadModule(implPath) as Record<string, unknown>;
    spec.load(exportsOfFile);
  } catch (error) {
    const file = relative(process.cwd(), implPath);
    if (error instanceof Error && error.name === 'NotImplementedError') return { status: 'pending', message: error.message };
    if (error instanceof ContractError) return { status: 'error', message: `${file}: ${error.message}` };
    return { status: 'error', message: `${file} could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}` };
  }
  const modules = new FreshModules(repoRoot);
  const fresh = new FreshImpl(() => spec.load(modules.load(implPath)));
  const { caseIndex, choices, follow } = given.play;
  const cases = spec.cases(new Rng(given.seed).fork(0)); // as explore() derives them, so `c<n>` means the same
  const kataCase = cases[caseIndex];
  if (kataCase === undefined) return { status: 'error', message: `${spec.slug} has cases 0 to ${cases.length - 1}, not ${caseIndex}` };
  const strategy = new PrefixStrategy(
    choices,
    follow === undefined ? { kind: 'pause' } : { kind: 'follow', switches: new Map(decodeSchedule(follow).switches.map(([d, c]) => [d, c])) },
  );
  const rejections = new RejectionWatch();
  rejections.start();
  let outcome: Outcome;
  try {
    outcome = await runSchedule(
      spec,
      fresh,
      kataCase,
      caseIndex,
      { strategy, maxSteps: MAX_STEPS, traced: true, ...(onResume === undefined ? {} : { hooks: { onResume } }) },
      rejections,
    );
  } finally {
    rejections.stop();
  }
  const paused = strategy.paused;
  const state: PlayState = {
    caseIndex,
    caseLabel: kataCase.label,
    taskNames: outcome.taskNames,
    choices: outcome.choices,
    optionCounts: strategy.optionCounts,
    trace: outcome.trace ?? [],
    ...(paused === undefined ? { end: endOf(outcome) } : { decision: describeDecision(paused, outcome.taskNames) }),
  };
  return { status: 'pass', summary: { cases: [], schedules: 1, elapsedMs: 0, outOfTime: false }, play: state };
}
