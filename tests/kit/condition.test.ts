import { Condition, Lock, UsageError } from '@kit';

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Condition', () => {
  test('wait, notify and notifyAll without the lock are UsageErrors', async () => {
    const condition = new Condition(undefined, 'ready');
    await expect(condition.wait()).rejects.toThrow(UsageError);
    expect(() => condition.notify()).toThrow(/notify\(\) on ready without holding its lock/);
    expect(() => condition.notifyAll()).toThrow(UsageError);
  });

  test('wait releases the lock while waiting and holds it again after', async () => {
    const condition = new Condition();
    await condition.acquire();
    const waited = condition.wait();
    expect(condition.locked()).toBe(false);
    await condition.acquire();
    condition.notify();
    condition.release();
    await waited;
    expect(condition.locked()).toBe(true);
  });

  test('notify(n) wakes n waiters, longest-waiting first', async () => {
    const lock = new Lock();
    const condition = new Condition(lock);
    const woken: number[] = [];
    const waiter = async (id: number): Promise<void> => {
      await condition.acquire();
      await condition.wait();
      woken.push(id);
      condition.release();
    };
    const all = [1, 2, 3].map(waiter);
    await settle();
    await condition.acquire();
    condition.notify(2);
    condition.release();
    await settle();
    expect(woken).toEqual([1, 2]);
    await condition.acquire();
    condition.notifyAll();
    condition.release();
    await Promise.all(all);
    expect(woken).toEqual([1, 2, 3]);
  });

  test('waitFor re-checks its predicate after each wake-up', async () => {
    const condition = new Condition();
    let count = 0;
    const done = (async () => {
      await condition.acquire();
      const result = await condition.waitFor(() => count >= 2 && count);
      condition.release();
      return result;
    })();
    for (let i = 0; i < 2; i++) {
      await settle();
      await condition.acquire();
      count += 1;
      condition.notifyAll();
      condition.release();
    }
    await expect(done).resolves.toBe(2);
  });
});
