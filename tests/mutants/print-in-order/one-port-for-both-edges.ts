// expect: violation
// Bug: one MessageChannel for both edges. second() and third() both wait for "a message" on the same port with
// events.once, and one message reaches every listener: first()'s message wakes third() as well as second(), so
// third() can print before second() (in plain Node, whenever third() starts listening before second() does).
import { once } from 'node:events';
import { MessageChannel } from 'node:worker_threads';

export class Foo {
  private readonly channel = new MessageChannel();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.channel.port2.postMessage('first is done');
  }

  async second(printSecond: () => void): Promise<void> {
    await once(this.channel.port1, 'message');
    printSecond();
    this.channel.port2.postMessage('second is done');
  }

  async third(printThird: () => void): Promise<void> {
    await once(this.channel.port1, 'message');
    printThird();
    this.channel.port1.close();
  }
}
