import { Lock } from '@kit';
import { defaultExploreOptions, explore } from '../../src/explorer/explore';
import { encodeSchedule } from '../../src/explorer/schedule';
import type { KataSpec } from '../../src/explorer/spec';
import { describeEnd } from '../../src/report/failure-data';

/**
 * Two tasks each add 1 to a shared counter: read it, await something (here: an entry in an audit log that has
 * its own lock), write it back. With `locked`, the whole update holds the counter's lock.
 */
function counterKata(locked: boolean): KataSpec<null, null> {
  return {
    slug: locked ? 'counter-with-lock' : 'counter',
    load: () => null,
    cases: () => [{ label: 'two tasks', params: null, exhaustive: true }],
    scenario(_impl, _params, ctx) {
      let counter = 0;
      const lock = new Lock('counter');
      const audit = new Lock('audit log');
      const addOne = async (): Promise<void> => {
        const seen = counter;
        await audit.withLock(() => ctx.note(`read ${seen}`));
        counter = seen + 1;
      };
      for (const name of ['p', 'q']) ctx.spawn(name, () => (locked ? lock.withLock(addOne) : addOne()));
      return {
        check: () => (counter === 2 ? undefined : { message: 'an update was lost', expected: '2', actual: String(counter) }),
      };
    },
  };
}

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  for (const locked of [false, true]) {
    const result = await explore(counterKata(locked), null, defaultExploreOptions);
    const found = result.failure;
    if (found === undefined) {
      const [only] = result.cases;
      lines.push(`${locked ? 'with' : 'without'} a lock: passed, ${only?.complete === true ? 'all' : 'only'} ${only?.schedules ?? 0} interleavings`);
    } else {
      const { headline, details } = describeEnd(found.outcome.end, found.outcome.failure);
      lines.push(`${locked ? 'with' : 'without'} a lock: ${headline} (${details.map((d) => d.replace(/\s+/g, ' ')).join(', ')})`);
      lines.push(`found by the ${found.strategy} search after ${found.foundAfter} schedules; preemptions: ${found.outcome.preemptions}`);
      lines.push(`replay: ${encodeSchedule(found.outcome.schedule)}`);
    }
  }
  return lines;
}
