import { Event } from '../../src/kit';
import { instrumentRuntime as k } from '../../src/instrument/runtime';
import { exploreMini, miniSpec } from '../explorer/mini-spec';

/**
 * The runtime that instrumented code calls, driven by hand here as the rewrite would (`await k.await(k.at(..), p)`):
 * a continuation of a plain promise is a scheduling point, so another ready task may run before it, exactly
 * as in the event loop when two continuations are ready in the same tick.
 */
class HandMadeSemaphore {
  permits = 0;
  private readonly waiters: Array<() => void> = [];
  constructor(private readonly recheck: boolean) {}

  async acquire(): Promise<void> {
    if (this.recheck) {
      while (this.permits === 0) await k.await(k.at('sem.ts:1'), new Promise<void>((resolve) => this.waiters.push(resolve)));
    } else if (this.permits === 0) {
      await k.await(k.at('sem.ts:2'), new Promise<void>((resolve) => this.waiters.push(resolve)));
    }
    this.permits -= 1;
  }

  release(): void {
    this.permits += 1;
    this.waiters.shift()?.();
  }
}

const barging = (recheck: boolean) =>
  miniSpec((ctx) => {
    const semaphore = new HandMadeSemaphore(recheck);
    let inside = 0;
    const use = async (): Promise<void> => {
      await semaphore.acquire();
      inside += 1;
      if (inside > 1 || semaphore.permits < 0) ctx.fail({ message: 'two tasks hold the one permit' });
      await k.await(k.at('use.ts:1'), null);
      inside -= 1;
      semaphore.release();
    };
    ctx.spawn('a', use);
    ctx.spawn('b', use);
    ctx.spawn('releaser', async () => {
      await k.await(k.at('rel.ts:1'), null);
      semaphore.release();
    });
    return undefined;
  });

describe('plain-promise continuations are scheduling points', () => {
  test('a newcomer barging past a woken waiter is found when the waiter does not re-check (if, not while)', async () => {
    const result = await exploreMini(barging(false));
    expect(result.failure?.outcome.end).toMatchObject({ kind: 'violation', message: 'two tasks hold the one permit' });
  });

  test('the same semaphore with while is correct, and every interleaving is explored', async () => {
    const result = await exploreMini(barging(true));
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]).toMatchObject({ mode: 'exhaustive', complete: true });
  });

  // Two chains, each listened to with `.then`: the long one ends in `return Promise.resolve()`, two more jobs of
  // the engine's own. In Node, when one step resolves the long chain's promise and the next step the short
  // one's, before either continuation ran, the short chain is delivered first: its jobs join the queue ahead
  // of the long chain's last two.
  test("a chain with more of the engine's own jobs is overtaken by a shorter one resumed after it, as in Node", async () => {
    const outcomes = new Set<string>();
    const spec = miniSpec((ctx) => {
      const go = new Event('go');
      const acted: string[] = [];
      const delivered: string[] = [];
      let resolveLong = (): void => undefined;
      let resolveShort = (): void => undefined;
      const long = new Promise<void>((resolve) => (resolveLong = resolve));
      const short = new Promise<void>((resolve) => (resolveShort = resolve));
      const viaReturnedPromise = async (): Promise<void> => {
        await k.await(k.at('chain.ts:1'), long);
        return Promise.resolve();
      };
      const direct = async (): Promise<void> => {
        await k.await(k.at('chain.ts:2'), short);
      };
      ctx.spawn('listener', async () => {
        const longDone = k.then(k.at('listen.ts:1'), viaReturnedPromise(), 'long.then') as Promise<void>;
        const shortDone = k.then(k.at('listen.ts:2'), direct(), 'short.then') as Promise<void>;
        go.set();
        await Promise.all([longDone.then(() => delivered.push('long')), shortDone.then(() => delivered.push('short'))]);
      });
      ctx.spawn('long resolver', async () => {
        await go.wait();
        acted.push('long');
        resolveLong();
      });
      ctx.spawn('short resolver', async () => {
        await go.wait();
        acted.push('short');
        resolveShort();
      });
      return { check: () => void outcomes.add(`${acted.join(',')} -> ${delivered.join(',')}`) };
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]).toMatchObject({ complete: true });
    // Both deliveries after the long chain's resolver acted first; never the long chain first after the short's.
    expect(outcomes).toEqual(new Set(['long,short -> long,short', 'long,short -> short,long', 'short,long -> short,long']));
  });

  test('where a task stands is recorded for the deadlock report', async () => {
    const spec = miniSpec((ctx) => {
      ctx.spawn('stuck', async () => {
        await k.await(k.at('stuck.ts:7'), new Promise(() => undefined));
      });
      return undefined;
    });
    const end = (await exploreMini(spec)).failure?.outcome.end;
    expect(end?.kind).toBe('deadlock');
    if (end?.kind === 'deadlock') expect(end.tasks[0]?.at).toBe('a promise to settle (stuck.ts:7)');
  });

  // `await this.helper()`: the awaited expression parks inside the helper before the outer await is reached.
  // Each of the two flows waits at its own line, not both at the helper's.
  test('nested awaits each record their own line', async () => {
    const helper = async (): Promise<void> => {
      await k.await(k.at('nested.ts:3'), new Promise(() => undefined));
    };
    const spec = miniSpec((ctx) => {
      ctx.spawn('stuck', async () => {
        await k.await(k.at('nested.ts:9'), helper());
      });
      return undefined;
    });
    const end = (await exploreMini(spec)).failure?.outcome.end;
    expect(end?.kind).toBe('deadlock');
    if (end?.kind === 'deadlock') expect(end.tasks[0]?.at).toBe('a promise to settle (nested.ts:3) and a promise to settle (nested.ts:9)');
  });
});

describe('the environment is adversarial in time', () => {
  /** An eater takes 10 ms; a watcher waits for it, giving up after `patience` ms if it has a timeout. */
  const watched = (patience: number | undefined) =>
    miniSpec((ctx) => {
      let eaten = false;
      let notify: (() => void) | undefined;
      const finished = new Promise<void>((resolve) => (notify = resolve));
      ctx.spawn('eater', async () => {
        await ctx.activity('eat', 10);
        eaten = true;
        notify?.();
      });
      ctx.spawn('watcher', async () => {
        const waits: Array<Promise<unknown>> = [finished];
        if (patience !== undefined) waits.push(new Promise((resolve) => setTimeout(resolve, patience)));
        await k.await(k.at('watcher.ts:1'), Promise.race(waits));
        if (!eaten) ctx.fail({ message: 'the watcher went on before the meal was over' });
      });
      return undefined;
    });

  test('an activity may outlast a 5 s timeout, so a timeout used as a go-ahead is caught', async () => {
    const result = await exploreMini(watched(5000));
    expect(result.failure?.outcome.end).toMatchObject({ kind: 'violation' });
    // The replayable schedule records the environment's choice to be late (a timing decision).
    expect(result.failure?.outcome.schedule.switches.length).toBeGreaterThan(0);
  });

  test('waiting without a timeout is correct however slow the environment', async () => {
    const result = await exploreMini(watched(undefined));
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]?.complete).toBe(true);
  });
});

describe('a .then on something that is not a promise fails as in plain Node', () => {
  /** The message plain Node gives for `receiver.then(() => 1)` where the receiver is named `prev`. */
  const plainNode = (prev: unknown): string => {
    try {
      (prev as { then: (f: () => number) => unknown }).then(() => 1);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };
  const rewritten = (prev: unknown): string => {
    try {
      (k.then(k.at('counter.ts:3'), prev, 'prev.then') as { then: (f: () => number) => unknown }).then(() => 1);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  test.each([
    ['a plain object', {}],
    ['a number', 1],
    ['undefined', undefined],
    ['null', null],
  ])('%s: the message names the learner’s expression, not the rewritten call', (_what, prev) => {
    expect(rewritten(prev)).toBe(plainNode(prev));
    expect(rewritten(prev)).not.toContain('__kata');
  });

  test('a thenable that is not a promise goes through untouched', () => {
    const thenable = { then: (f: () => number): number => f() };
    expect(k.then(k.at('counter.ts:3'), thenable, 'thenable.then')).toBe(thenable);
  });
});
