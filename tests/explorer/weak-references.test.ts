import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { installTimeSources, uninstallTimeSources } from '../../src/explorer/time-sources';
import { exploreMini, miniSpec } from './mini-spec';

/** V8's collector, to show that what a run holds is not collected behind its strategy's back. */
setFlagsFromString('--expose-gc');
const realCollection = runInNewContext('gc') as () => void;

/**
 * Garbage collection is the environment's choice, made at `collect` decisions: a weakly held target goes only
 * where the strategy collects, and a registration's cleanup runs only after such a collection.
 */
describe('weak references under the explorer', () => {
  beforeAll(() => installTimeSources());
  afterAll(() => uninstallTimeSources());

  test('a target reached only weakly survives a real collection until the strategy collects; both outcomes are explored', async () => {
    const seen: string[] = [];
    const spec = miniSpec((ctx) => {
      ctx.spawn('holder', async () => {
        const ref = new WeakRef({ name: 'target' }); // nothing else ever reaches the target
        await new Promise((resolve) => setTimeout(resolve, 5));
        realCollection();
        seen.push(ref.deref() === undefined ? 'collected' : 'alive');
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]).toMatchObject({ complete: true, schedules: 2 });
    expect(new Set(seen)).toEqual(new Set(['alive', 'collected']));
  });

  test('a resolver kept only through a WeakRef is lost when a collection comes between park and wake-up: a deadlock, with the collection in the picture', async () => {
    const spec = miniSpec((ctx) => {
      let parked: WeakRef<() => void> | undefined;
      ctx.spawn('waiter', async () => {
        await new Promise<void>((resolve) => {
          parked = new WeakRef(resolve);
        });
      });
      ctx.spawn('waker', async () => {
        while (parked === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
        parked.deref()?.();
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure?.outcome.end.kind).toBe('deadlock');
    const notes = (result.failure?.outcome.trace ?? []).filter((event) => event.kind === 'note').map((event) => event.text);
    expect(notes).toEqual(['GC: 1 WeakRef cleared, 0 cleanups queued']);
  });

  test('the same code with the resolver also held strongly passes every schedule', async () => {
    const spec = miniSpec((ctx) => {
      let parked: { weak: WeakRef<() => void>; strong: () => void } | undefined;
      ctx.spawn('waiter', async () => {
        await new Promise<void>((resolve) => {
          parked = { weak: new WeakRef(resolve), strong: resolve };
        });
      });
      ctx.spawn('waker', async () => {
        while (parked === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
        parked.weak.deref()?.();
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]).toMatchObject({ complete: true });
  });

  test('a cleanup runs, as a later macrotask with its held value, only after a collection; unregister() cancels it', async () => {
    const outcomes: string[] = [];
    const spec = (unregister: boolean): ReturnType<typeof miniSpec> =>
      miniSpec((ctx) => {
        ctx.spawn('registrant', async () => {
          const cleaned: string[] = [];
          const registry = new FinalizationRegistry<string>((held) => cleaned.push(held));
          const token = {};
          registry.register({ name: 'target' }, 'held value', token);
          if (unregister) registry.unregister(token);
          await new Promise((resolve) => setTimeout(resolve, 5));
          const afterFirstMove = cleaned.length;
          await new Promise((resolve) => setTimeout(resolve, 5));
          outcomes.push(`${afterFirstMove}:${cleaned.join(',')}`);
        });
        return undefined;
      });
    const registered = await exploreMini(spec(false));
    expect(registered.failure).toBeUndefined();
    // Collected before the clock moves to 5 ms, the cleanup runs as an immediate (at 1 ms), before that wake-up;
    // collected before the move to 10 ms, after the first; not collected, never.
    expect(new Set(outcomes)).toEqual(new Set(['0:', '1:held value', '0:held value']));
    outcomes.length = 0;
    const unregistered = await exploreMini(spec(true));
    expect(unregistered.failure).toBeUndefined();
    expect(new Set(outcomes)).toEqual(new Set(['0:']));
  });

  test('the globals keep their names, instanceof and real behaviour outside a run', () => {
    const target = { name: 'target' };
    const ref = new WeakRef(target);
    expect(ref).toBeInstanceOf(WeakRef);
    expect(WeakRef.name).toBe('WeakRef');
    expect(FinalizationRegistry.name).toBe('FinalizationRegistry');
    expect(ref.deref()).toBe(target);
    expect(() => new WeakRef(1 as unknown as object)).toThrow(TypeError);
    const registry = new FinalizationRegistry(() => undefined);
    expect(() => registry.register(target, target)).toThrow(TypeError);
    expect(registry.unregister({})).toBe(false);
  });
});
