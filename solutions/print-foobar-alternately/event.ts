import { Event } from '@kit';

/**
 * One event per side, meaning "it is your turn". foo's starts set. A task waits for its event, clears it
 * (it is consuming its turn), prints, and sets the other side's event.
 *
 * Invariant: at most one of the two events is set, and only the task it belongs to ever clears it. Clearing
 * before setting the other event matters: once the other side's event is set, the other task may run at once,
 * so our own event must already be down when it hands the turn back. An event remembers being set, so a task
 * that arrives late still sees its turn.
 */
export class FooBar {
  private readonly fooTurn = new Event('fooTurn');
  private readonly barTurn = new Event('barTurn');

  constructor(private readonly n: number) {
    this.fooTurn.set();
  }

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.fooTurn.wait();
      this.fooTurn.clear();
      printFoo();
      this.barTurn.set();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.barTurn.wait();
      this.barTurn.clear();
      printBar();
      this.fooTurn.set();
    }
  }
}
