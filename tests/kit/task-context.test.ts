import { AsyncLocalContext, PromiseHookContext, type TaskContext } from '../../src/kit/task-context';

/** Which task is running follows the code's promises, as AsyncLocalStorage does, in both implementations. */
describe.each([
  ['AsyncLocalStorage', () => new AsyncLocalContext<string>()],
  ['promise hooks', () => new PromiseHookContext<string>()],
])('task context (%s)', (_, make: () => TaskContext<string>) => {
  test('a value set by run follows awaits, and two flows interleaved keep their own', async () => {
    const context = make();
    const seen: string[] = [];
    const flow = (name: string) => async (): Promise<void> => {
      for (let step = 0; step < 3; step++) {
        await Promise.resolve();
        seen.push(`${name}:${context.getStore() ?? 'none'}`);
      }
    };
    await Promise.all([context.run('a', flow('a')), context.run('b', flow('b'))]);
    expect(seen).toEqual(['a:a', 'b:b', 'a:a', 'b:b', 'a:a', 'b:b']);
    expect(context.getStore()).toBeUndefined();
  });

  test('a reaction runs with the value current where its promise was made, not where it was settled', async () => {
    const context = make();
    let settle: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const waiting = context.run('waiter', async () => {
      await gate;
      return context.getStore();
    });
    context.run('settler', () => settle?.());
    await expect(waiting).resolves.toBe('waiter');
    const chained = context.run('chain', () => Promise.resolve().then(() => context.getStore()));
    await expect(chained).resolves.toBe('chain');
  });

  test('run restores the previous value, also when its function throws', () => {
    const context = make();
    context.run('outer', () => {
      expect(() => context.run('inner', () => { throw new Error('x'); })).toThrow('x');
      expect(context.getStore()).toBe('outer');
    });
    expect(context.getStore()).toBeUndefined();
  });
});

test('with promise hooks, a rejected promise tells the value it was made under', async () => {
  const context = new PromiseHookContext<string>();
  const rejected = context.run('rejecter', () => Promise.reject(new Error('lost')));
  expect(context.storeOf(rejected)).toBe('rejecter');
  await expect(rejected).rejects.toThrow('lost');
});
