import { Condition } from '@kit';

/**
 * A single boolean "whose turn is it", guarded by a condition. Each task takes the lock, waits (in a loop, via
 * `waitFor`) until the flag names it, prints, flips the flag and wakes the other task.
 *
 * Invariant: `fooNext` changes only under the lock and only right after a print, so the words alternate; a
 * notify that finds nobody waiting is harmless, because the waiter checks the flag before it ever waits.
 */
export class FooBar {
  private fooNext = true;
  private readonly turn = new Condition(undefined, 'turn');

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) await this.takeTurn(true, printFoo);
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) await this.takeTurn(false, printBar);
  }

  private async takeTurn(isFoo: boolean, print: () => void): Promise<void> {
    await this.turn.acquire();
    try {
      await this.turn.waitFor(() => this.fooNext === isFoo);
      print();
      this.fooNext = !isFoo;
      this.turn.notifyAll();
    } finally {
      this.turn.release();
    }
  }
}
