import { Condition } from '@kit';

/**
 * One counter of words printed, guarded by a condition. Each method waits, under the lock, until the
 * counter says it is its turn; `waitFor` re-checks after every wake-up, so spurious or early notifies are harmless.
 */
export class Foo {
  private printed = 0;
  private readonly turn = new Condition(undefined, 'turn');

  async first(printFirst: () => void): Promise<void> {
    await this.takeTurn(0, printFirst);
  }

  async second(printSecond: () => void): Promise<void> {
    await this.takeTurn(1, printSecond);
  }

  async third(printThird: () => void): Promise<void> {
    await this.takeTurn(2, printThird);
  }

  private async takeTurn(position: number, print: () => void): Promise<void> {
    await this.turn.acquire();
    try {
      await this.turn.waitFor(() => this.printed === position);
      print();
      this.printed += 1;
      this.turn.notifyAll();
    } finally {
      this.turn.release();
    }
  }
}
