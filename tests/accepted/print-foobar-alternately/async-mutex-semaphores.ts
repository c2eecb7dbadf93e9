// Idiom: async-mutex semaphores used as turn tokens: foo's starts with one permit, bar's with none. Each
// side takes its own permit (never giving it back through the releaser) and releases the other side's.
import { Semaphore } from 'async-mutex';

export class FooBar {
  private readonly fooTurn = new Semaphore(1);
  private readonly barTurn = new Semaphore(0);

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
