import { Lock, UsageError } from '@kit';

/** Lets every pending continuation run (the kit outside the explorer resolves through microtasks only). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Lock', () => {
  test('excludes: a second acquire waits until release', async () => {
    const lock = new Lock();
    await lock.acquire();
    let second = false;
    void lock.acquire().then(() => (second = true));
    await settle();
    expect(second).toBe(false);
    lock.release();
    await settle();
    expect(second).toBe(true);
    expect(lock.locked()).toBe(true); // handed over, never free in between
  });

  test('hands the lock to waiters in arrival order', async () => {
    const lock = new Lock();
    await lock.acquire();
    const order: number[] = [];
    for (const id of [1, 2, 3]) void lock.acquire().then(() => order.push(id));
    await settle();
    for (let i = 0; i < 3; i++) {
      lock.release();
      await settle();
    }
    expect(order).toEqual([1, 2, 3]);
  });

  test('release() of an unlocked lock throws a UsageError naming it', () => {
    const lock = new Lock('door');
    expect(() => lock.release()).toThrow(UsageError);
    expect(() => lock.release()).toThrow(/door/);
  });

  test('withLock releases when the body throws', async () => {
    const lock = new Lock();
    await expect(lock.withLock(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(lock.locked()).toBe(false);
  });
});
