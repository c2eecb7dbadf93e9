// Idiom: the turn is announced on an EventTarget ("turn" events carrying the next number); every task keeps its
// own listener and a one-slot mailbox, so an announcement made before a task listens is not lost. Each print
// happens inside a process.nextTick callback that the printing task itself schedules and awaits, so it is still
// that task printing, before its method returns.
type Role = 'zero' | 'odd' | 'even';

class TurnEvent extends Event {
  constructor(readonly role: Role, readonly value: number) {
    super('turn');
  }
}

export class ZeroEvenOdd {
  private readonly bus = new EventTarget();
  private readonly mailbox = new Map<Role, number>();
  private readonly waiting = new Map<Role, (value: number) => void>();

  constructor(private readonly n: number) {
    this.bus.addEventListener('turn', (e) => {
      if (!(e instanceof TurnEvent)) return;
      const { role, value } = e;
      const w = this.waiting.get(role);
      if (w !== undefined) {
        this.waiting.delete(role);
        w(value);
      } else this.mailbox.set(role, value);
    });
    this.announce('zero', 1);
  }

  private announce(role: Role, value: number): void {
    this.bus.dispatchEvent(new TurnEvent(role, value));
  }

  private next(role: Role): Promise<number> {
    const v = this.mailbox.get(role);
    if (v !== undefined) {
      this.mailbox.delete(role);
      return Promise.resolve(v);
    }
    return new Promise((resolve) => this.waiting.set(role, resolve));
  }

  private printSoon(print: (x: number) => void, x: number): Promise<void> {
    return new Promise((resolve) => process.nextTick(() => { print(x); resolve(); }));
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      const upcoming = await this.next('zero');
      await this.printSoon(printNumber, 0);
      this.announce(upcoming % 2 === 1 ? 'odd' : 'even', upcoming);
    }
  }

  private async numbers(role: 'odd' | 'even', first: number, printNumber: (x: number) => void): Promise<void> {
    for (let x = first; x <= this.n; x += 2) {
      const value = await this.next(role);
      await this.printSoon(printNumber, value);
      this.announce('zero', value + 1);
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    await this.numbers('even', 2, printNumber);
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    await this.numbers('odd', 1, printNumber);
  }
}
