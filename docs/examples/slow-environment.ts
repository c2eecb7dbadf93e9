import { Event, sleep } from '@kit';
import { defaultExploreOptions, explore } from '../../src/explorer/explore';
import { encodeSchedule } from '../../src/explorer/schedule';
import type { KataSpec } from '../../src/explorer/spec';
import { describeEnd } from '../../src/report/failure-data';
import { swimlane } from '../../src/report/swimlane';

/**
 * A cook needs 10 ms (an activity: time the environment takes) and then rings; a waiter serves once it rings.
 * With `patienceMs`, the waiter also stops waiting after that long and serves whatever there is.
 */
function kitchen(patienceMs: number | undefined): KataSpec<null, null> {
  return {
    slug: 'kitchen',
    load: () => null,
    cases: () => [{ label: 'one dish', params: null, exhaustive: true }],
    scenario(_impl, _params, ctx) {
      let cooked = false;
      let served = '';
      const ready = new Event('dish ready');
      ctx.spawn('cook', async () => {
        await ctx.activity('cook', 10);
        cooked = true;
        ready.set();
      });
      ctx.spawn('waiter', async () => {
        const waits: Array<Promise<unknown>> = [ready.wait()];
        if (patienceMs !== undefined) waits.push(sleep(patienceMs));
        await Promise.race(waits);
        served = cooked ? 'cooked' : 'raw';
        ctx.output(`${served} at ${new Date().toISOString().slice(11, 19)}`);
      });
      return { check: () => (served === 'cooked' ? undefined : { message: 'the dish was served raw' }) };
    },
  };
}

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  for (const patienceMs of [undefined, 5000]) {
    const title = patienceMs === undefined ? 'no timeout' : `a ${patienceMs} ms timeout`;
    const result = await explore(kitchen(patienceMs), null, defaultExploreOptions);
    const found = result.failure;
    if (found === undefined) {
      const [only] = result.cases;
      lines.push(`${title}: passed, ${only?.complete === true ? 'all' : 'only'} ${only?.schedules ?? 0} interleavings`);
      continue;
    }
    lines.push(`${title}: ${describeEnd(found.outcome.end, found.outcome.failure).headline}, found after ${found.foundAfter} schedules`);
    lines.push(`replay: ${encodeSchedule(found.outcome.schedule)}`);
    lines.push(...swimlane(found.outcome.trace ?? [], found.outcome.taskNames, { width: 64 }).split('\n'));
  }
  return lines;
}
