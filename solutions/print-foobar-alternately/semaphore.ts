import { Semaphore } from '@kit';

/**
 * Two semaphores used as turn tokens: exactly one permit exists between them, and it starts on foo's side.
 * Each task takes its own token, prints, and hands the permit to the other side.
 *
 * Invariant: fooTurn.value + barTurn.value + (permits held by a printing task) === 1, so at most one task prints
 * at a time, and the sides alternate. A permit released before the other task waits is kept, never lost.
 */
export class FooBar {
  private readonly fooTurn = new Semaphore(1, 'fooTurn');
  private readonly barTurn = new Semaphore(0, 'barTurn');

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.fooTurn.acquire();
      printFoo();
      this.barTurn.release();
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      await this.barTurn.acquire();
      printBar();
      this.fooTurn.release();
    }
  }
}
