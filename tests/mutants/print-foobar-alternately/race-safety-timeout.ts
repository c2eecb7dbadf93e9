// expect: violation
// Bug: each side waits for its turn, but races that wait against a 2-second timer "in case the other side
// died", and goes on when the timer wins. When bar() starts more than 2 s after foo(), foo() stops waiting
// and prints a second "foo" before any "bar".
import { setTimeout as sleep } from 'node:timers/promises';

class Turn {
  private waiting: (() => void) | undefined;
  private given = false;

  give(): void {
    if (this.waiting !== undefined) {
      const wake = this.waiting;
      this.waiting = undefined;
      wake();
    } else {
      this.given = true;
    }
  }

  async take(): Promise<void> {
    if (this.given) {
      this.given = false;
      return;
    }
    await new Promise<void>((resolve) => (this.waiting = resolve));
  }
}

export class FooBar {
  private readonly fooTurn = new Turn();
  private readonly barTurn = new Turn();

  constructor(private readonly n: number) {
    this.fooTurn.give();
  }

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await Promise.race([this.fooTurn.take(), sleep(2000)]);
      printFoo();
      this.barTurn.give();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await Promise.race([this.barTurn.take(), sleep(2000)]);
      printBar();
      this.fooTurn.give();
    }
  }
}
