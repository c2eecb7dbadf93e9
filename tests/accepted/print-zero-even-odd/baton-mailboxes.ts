// Idiom: plain promises, one mailbox per task. Passing the baton to a task either resolves the promise it is
// already waiting on (a hand-off) or leaves the baton in its mailbox for when it comes to wait; the mailbox
// holds at most one baton, because only the baton holder passes it.
class Mailbox {
  private baton = false;
  private waiter: (() => void) | undefined;

  give(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter !== undefined) waiter();
    else this.baton = true;
  }

  take(): Promise<void> {
    if (this.baton) {
      this.baton = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => (this.waiter = resolve));
  }
}

export class ZeroEvenOdd {
  private readonly zeroBox = new Mailbox();
  private readonly oddBox = new Mailbox();
  private readonly evenBox = new Mailbox();

  constructor(private readonly n: number) {
    this.zeroBox.give();
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.zeroBox.take();
      printNumber(0);
      (i % 2 === 1 ? this.oddBox : this.evenBox).give();
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await this.evenBox.take();
      printNumber(i);
      this.zeroBox.give();
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.oddBox.take();
      printNumber(i);
      this.zeroBox.give();
    }
  }
}
