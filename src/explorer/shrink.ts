import { failed, failureKind, type Outcome } from './outcome';
import type { Schedule } from './schedule';

/** Orders failing schedules: fewer preemptions, then fewer switches, less delay, fewer steps. */
function size(outcome: Outcome): number[] {
  const delay = outcome.schedule.delays.reduce((sum, [, time]) => sum + time, 0);
  return [outcome.preemptions, outcome.schedule.switches.length, outcome.schedule.delays.length, delay, outcome.choices.length];
}

function smaller(a: Outcome, b: Outcome): boolean {
  const x = size(a);
  const y = size(b);
  for (let i = 0; i < x.length; i++) {
    if ((x[i] as number) !== (y[i] as number)) return (x[i] as number) < (y[i] as number);
  }
  return false;
}

/** Single-switch schedules tried first, when the failure has several switches: most bugs need only one. */
const SINGLE_SWITCH_TRIES = 120;

function* candidates(outcome: Outcome): Generator<Schedule> {
  const { schedule } = outcome;
  const { delays, switches } = schedule;
  if (switches.length > 1) {
    let tried = 0;
    for (let decision = 0; decision < outcome.choices.length && tried < SINGLE_SWITCH_TRIES; decision++) {
      for (let task = 0; task < outcome.taskNames.length && tried < SINGLE_SWITCH_TRIES; task++) {
        if (task === outcome.choices[decision]) continue;
        tried += 1;
        yield { ...schedule, switches: [[decision, task]] };
      }
    }
  }
  if (delays.length > 0) yield { ...schedule, delays: [] };
  for (let i = 0; i < delays.length; i++) yield { ...schedule, delays: delays.filter((_, j) => j !== i) };
  for (let i = 0; i < delays.length; i++) {
    const [task, time] = delays[i] as readonly [number, number];
    if (time > 1) yield { ...schedule, delays: delays.map((d, j) => (j === i ? [task, Math.ceil(time / 2)] : d)) };
  }
  // Later switches first: dropping one leaves the earlier decisions, and their indices, intact.
  const n = switches.length;
  for (const keep of new Set([0, Math.floor(n / 2), Math.floor((3 * n) / 4), n - 1])) {
    if (keep >= 0 && keep < n) yield { ...schedule, switches: switches.slice(0, keep) };
  }
  for (let i = switches.length - 1; i >= 0; i--) yield { ...schedule, switches: switches.filter((_, j) => j !== i) };
}

/**
 * Greedy shrinking over schedules, as property-based testing shrinks inputs: try simpler schedules (fewer
 * delays, fewer switches) and keep any that still fails the same way, until none helps or the budget is spent.
 * Each candidate is replayed leniently, and the schedule kept is the one the replay really took.
 */
export async function shrink(
  start: Outcome,
  replay: (schedule: Schedule) => Promise<Outcome>,
  budget: number,
): Promise<{ outcome: Outcome; tries: number }> {
  const kind = failureKind(start);
  let best = start;
  let tries = 0;
  let improved = true;
  while (improved && tries < budget) {
    improved = false;
    for (const candidate of candidates(best)) {
      if (tries >= budget) break;
      tries += 1;
      const outcome = await replay(candidate);
      if (failed(outcome) && failureKind(outcome) === kind && smaller(outcome, best)) {
        best = outcome;
        improved = true;
        break;
      }
    }
  }
  return { outcome: best, tries };
}
