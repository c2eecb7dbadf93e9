import { Semaphore } from '@kit';

/**
 * Semaphores that start at zero permits act as gates: `release` opens a gate once, and a permit released
 * before anyone waits is kept, so the order in which the tasks start does not matter.
 */
export class Foo {
  private readonly mayPrintSecond = new Semaphore(0, 'mayPrintSecond');
  private readonly mayPrintThird = new Semaphore(0, 'mayPrintThird');

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.mayPrintSecond.release();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.mayPrintSecond.acquire();
    printSecond();
    this.mayPrintThird.release();
  }

  async third(printThird: () => void): Promise<void> {
    await this.mayPrintThird.acquire();
    printThird();
  }
}
