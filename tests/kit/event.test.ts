import { Event } from '@kit';

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Event', () => {
  test('wait blocks until set, then wakes every waiter', async () => {
    const event = new Event();
    let woken = 0;
    for (let i = 0; i < 3; i++) void event.wait().then(() => (woken += 1));
    await settle();
    expect(woken).toBe(0);
    event.set();
    await settle();
    expect(woken).toBe(3);
  });

  test('a set before the wait is not lost', async () => {
    const event = new Event();
    event.set();
    expect(event.isSet()).toBe(true);
    await expect(event.wait()).resolves.toBe(true);
  });

  test('clear makes later waits block again', async () => {
    const event = new Event();
    event.set();
    event.clear();
    let woken = false;
    void event.wait().then(() => (woken = true));
    await settle();
    expect(woken).toBe(false);
  });
});
