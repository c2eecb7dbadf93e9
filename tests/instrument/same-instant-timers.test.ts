import { instrumentRuntime as k } from '../../src/instrument/runtime';
import type { ScenarioContext } from '../../src/explorer/spec';
import { exploreMini, miniSpec } from '../explorer/mini-spec';

/**
 * Two timers due at the same instant: Node fires the first, runs the microtasks it set off (the continuation
 * of whoever awaited it), and only then fires the second. So a second timer sees what the first one's
 * continuation did. The explorer must keep that order for continuations of code under test: firing both
 * timers before either continuation would both reject code that relies on it and miss a bug that shows only
 * through it. The task body is written as the rewrite leaves judged code (`k.await(k.at(..), p)`).
 */
type Verdict = (workDone: boolean) => string | undefined;

/** A task sleeps 10 ms; a second timer, set after the sleep's, is due at the same instant and judges. */
function sleepThenTimer(judge: Verdict, ctx: ScenarioContext | undefined, settle: () => void): () => Promise<void> {
  return async () => {
    let workDone = false;
    const slept = new Promise<void>((resolve) => setTimeout(resolve, 10));
    setTimeout(() => {
      const problem = judge(workDone);
      if (problem !== undefined) ctx?.fail({ message: problem });
      settle();
    }, 10);
    await k.await(k.at('sleeper.ts:1'), slept);
    workDone = true;
  };
}

const mustSeeWorkDone: Verdict = (done) => (done ? undefined : 'the second timer fired before the first one’s continuation ran');
const mustNotSeeWorkDone: Verdict = (done) => (done ? 'the timeout fired after the work was done' : undefined);

/** What plain Node says (the helpers are the identity outside the explorer): the verdict's own ground truth. */
async function inPlainNode(judge: Verdict): Promise<string | undefined> {
  let problem: string | undefined;
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  await sleepThenTimer((done) => (problem = judge(done)), undefined, settle)();
  await settled;
  return problem;
}

const spec = (judge: Verdict) =>
  miniSpec((ctx) => {
    ctx.spawn('sleeper', sleepThenTimer(judge, ctx, () => undefined));
    return undefined;
  });

describe('timers due at the same instant fire one at a time, as in Node', () => {
  test('a second timer sees what the first timer’s continuation did: code relying on it passes', async () => {
    expect(await inPlainNode(mustSeeWorkDone)).toBeUndefined();
    const result = await exploreMini(spec(mustSeeWorkDone));
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]).toMatchObject({ mode: 'exhaustive', complete: true });
  });

  test('a bug that shows only through that order is found', async () => {
    expect(await inPlainNode(mustNotSeeWorkDone)).toBe('the timeout fired after the work was done');
    const result = await exploreMini(spec(mustNotSeeWorkDone));
    expect(result.failure?.outcome.end).toMatchObject({ kind: 'violation', message: 'the timeout fired after the work was done' });
  });
});
