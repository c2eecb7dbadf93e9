import { MessageChannel } from 'node:worker_threads';
import { installOutsideWakeups, uninstallOutsideWakeups } from '../../src/explorer/outside-wakeups';

/** Which posts tell the run that a wake-up is on its way from outside the explorer's control. */
describe('outside wake-ups', () => {
  const host = new MessageChannel();
  const code = new MessageChannel();
  let noted = 0;
  const before = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'postMessage');
  beforeAll(() => installOutsideWakeups(() => (noted += 1), host.port1));
  afterAll(() => {
    uninstallOutsideWakeups();
    for (const port of [host.port1, host.port2, code.port1, code.port2]) port.close();
  });

  test("the code's posts are noted; the sandbox's own channel to its host is not, nor Atomics.notify (virtual: atomics-wait.ts)", () => {
    const notes = (post: () => void): boolean => {
      noted = 0;
      post();
      return noted > 0; // a BroadcastChannel posts through a port of its own too: counted once or twice
    };
    const channel = new BroadcastChannel('outside-wakeups-test');
    expect([
      notes(() => host.port1.postMessage('progress')),
      notes(() => code.port1.postMessage('go')),
      notes(() => channel.postMessage('go')),
      notes(() => Atomics.notify(new Int32Array(new SharedArrayBuffer(4)), 0)),
    ]).toEqual([false, true, true, false]);
    channel.close();
  });

  test('uninstalling puts back the very same method', () => {
    uninstallOutsideWakeups();
    expect(Object.getOwnPropertyDescriptor(MessagePort.prototype, 'postMessage')).toEqual(before);
    installOutsideWakeups(() => (noted += 1), host.port1);
  });
});
