/**
 * A schedule as it is shown, shrunk and replayed: the case it ran, the virtual start delays, and the
 * decisions that differ from the default choice (keep running the last task, else the lowest id).
 * Text form, as in a `replay:` line: `c2.d0:5,3:10.s4:1,9:0.h3fa2`
 * (case 2; task 0 starts at t=5, task 3 at t=10; decision 4 runs task 1, decision 9 task 0; trace hash 3fa2).
 * At a decision between woken flows of one task, the number after ':' is the flow's position instead.
 */
export interface Schedule {
  readonly caseIndex: number;
  /** [task id, start time] for tasks that start late. */
  readonly delays: ReadonlyArray<readonly [number, number]>;
  /** [decision index, task id]. */
  readonly switches: ReadonlyArray<readonly [number, number]>;
  /** A hash of the full decision sequence, to notice when the code no longer matches the schedule. */
  readonly hash?: string;
}

export function delaysArray(schedule: Schedule): number[] {
  const delays: number[] = [];
  for (const [task, time] of schedule.delays) delays[task] = time;
  return delays;
}

export function delaysFrom(delays: readonly number[] | undefined): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  delays?.forEach((time, task) => {
    if (time > 0) pairs.push([task, time]);
  });
  return pairs;
}

/** FNV-1a over the decisions: short, stable, and enough to tell two schedules apart. */
export function hashChoices(choices: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const choice of choices) {
    hash ^= choice + 1;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= choices.length;
  return ((hash >>> 0) & 0xfffff).toString(36);
}

const pairs = (list: ReadonlyArray<readonly [number, number]>): string => list.map(([a, b]) => `${a}:${b}`).join(',');

export function encodeSchedule(schedule: Schedule): string {
  const parts = [`c${schedule.caseIndex}`];
  if (schedule.delays.length > 0) parts.push(`d${pairs(schedule.delays)}`);
  if (schedule.switches.length > 0) parts.push(`s${pairs(schedule.switches)}`);
  if (schedule.hash !== undefined) parts.push(`h${schedule.hash}`);
  return parts.join('.');
}

export class ScheduleSyntaxError extends Error {
  override name = 'ScheduleSyntaxError';
}

export function decodeSchedule(text: string): Schedule {
  let caseIndex: number | undefined;
  let delays: Array<[number, number]> = [];
  let switches: Array<[number, number]> = [];
  let hash: string | undefined;
  for (const part of text.trim().split('.')) {
    const body = part.slice(1);
    switch (part[0]) {
      case 'c':
        caseIndex = wholeNumber(body, text);
        break;
      case 'd':
        delays = parsePairs(body, text);
        break;
      case 's':
        switches = parsePairs(body, text);
        break;
      case 'h':
        hash = body;
        break;
      default:
        throw new ScheduleSyntaxError(`"${text}" is not a schedule: unexpected part "${part}"`);
    }
  }
  if (caseIndex === undefined) throw new ScheduleSyntaxError(`"${text}" is not a schedule: it names no case (c<n>)`);
  return { caseIndex, delays, switches, ...(hash === undefined ? {} : { hash }) };
}

function parsePairs(body: string, text: string): Array<[number, number]> {
  if (body === '') return [];
  return body.split(',').map((pair) => {
    const [a, b, extra] = pair.split(':');
    if (a === undefined || b === undefined || extra !== undefined) {
      throw new ScheduleSyntaxError(`"${text}" is not a schedule: "${pair}" should be two numbers joined by ':'`);
    }
    return [wholeNumber(a, text), wholeNumber(b, text)];
  });
}

function wholeNumber(digits: string, text: string): number {
  if (!/^\d+$/.test(digits)) throw new ScheduleSyntaxError(`"${text}" is not a schedule: "${digits}" is not a number`);
  return Number(digits);
}
