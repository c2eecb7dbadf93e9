// Idiom: each role listens on its own BroadcastChannel (names unique per object); a turn is a message posted
// from a sender channel of the same name (a BroadcastChannel delivers to every other instance of that name in
// the same thread too, a loop turn later). A message that comes before the receiver waits goes to a mailbox.
// Every channel is closed when the object's sequence is done, so nothing keeps the process alive.
import { BroadcastChannel } from 'node:worker_threads';

type Role = 'zero' | 'odd' | 'even';
const roles: readonly Role[] = ['zero', 'odd', 'even'];
let objects = 0;

interface Line {
  readonly receiver: BroadcastChannel;
  readonly sender: BroadcastChannel;
  readonly mailbox: number[];
  waiting: ((value: number) => void) | undefined;
}

export class ZeroEvenOdd {
  private readonly lines = new Map<Role, Line>();
  private finished = 0;

  constructor(private readonly n: number) {
    objects += 1;
    for (const role of roles) {
      const name = `zero-even-odd-${objects}-${role}`;
      const line: Line = { receiver: new BroadcastChannel(name), sender: new BroadcastChannel(name), mailbox: [], waiting: undefined };
      line.receiver.onmessage = (event) => {
        const value = (event as { data: number }).data;
        const waiting = line.waiting;
        line.waiting = undefined;
        if (waiting === undefined) line.mailbox.push(value);
        else waiting(value);
      };
      this.lines.set(role, line);
    }
    this.line('zero').sender.postMessage(1);
  }

  private line(role: Role): Line {
    const line = this.lines.get(role);
    if (line === undefined) throw new Error(`no line for ${role}`);
    return line;
  }

  private next(role: Role): Promise<number> {
    const line = this.line(role);
    const mail = line.mailbox.shift();
    if (mail !== undefined) return Promise.resolve(mail);
    return new Promise((resolve) => (line.waiting = resolve));
  }

  private done(): void {
    this.finished += 1;
    if (this.finished < 3) return;
    for (const line of this.lines.values()) {
      line.receiver.close();
      line.sender.close();
    }
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      const upcoming = await this.next('zero');
      printNumber(0);
      this.line(upcoming % 2 === 1 ? 'odd' : 'even').sender.postMessage(upcoming);
    }
    this.done();
  }

  private async numbers(role: 'odd' | 'even', first: number, printNumber: (x: number) => void): Promise<void> {
    for (let x = first; x <= this.n; x += 2) {
      const value = await this.next(role);
      printNumber(value);
      this.line('zero').sender.postMessage(value + 1);
    }
    this.done();
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    await this.numbers('even', 2, printNumber);
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    await this.numbers('odd', 1, printNumber);
  }
}
