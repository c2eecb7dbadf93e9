import { BoundedSemaphore, Semaphore, UsageError } from '@kit';

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Semaphore', () => {
  test('lets `value` holders in and makes the next one wait', async () => {
    const semaphore = new Semaphore(2);
    await semaphore.acquire();
    await semaphore.acquire();
    expect(semaphore.locked()).toBe(true);
    let third = false;
    void semaphore.acquire().then(() => (third = true));
    await settle();
    expect(third).toBe(false);
    semaphore.release();
    await settle();
    expect(third).toBe(true);
    expect(semaphore.value).toBe(0); // the permit went to the waiter, not back to the count
  });

  test('a release before anyone waits is remembered', async () => {
    const gate = new Semaphore(0);
    gate.release();
    await expect(gate.acquire()).resolves.toBe(true);
  });

  test('a newcomer does not overtake a waiter (FIFO)', async () => {
    const semaphore = new Semaphore(0);
    const order: string[] = [];
    void semaphore.acquire().then(() => order.push('waiter'));
    await settle();
    semaphore.release();
    void semaphore.acquire().then(() => order.push('newcomer'));
    await settle();
    expect(order).toEqual(['waiter']);
  });

  test.each([-1, 1.5, Number.NaN])('rejects the initial value %p', (value) => {
    expect(() => new Semaphore(value)).toThrow(RangeError);
  });
});

describe('BoundedSemaphore', () => {
  test('throws when released above its initial value', async () => {
    const semaphore = new BoundedSemaphore(1, 'pool');
    await semaphore.acquire();
    semaphore.release();
    expect(() => semaphore.release()).toThrow(UsageError);
    expect(() => semaphore.release()).toThrow(/pool released too many times/);
  });
});
