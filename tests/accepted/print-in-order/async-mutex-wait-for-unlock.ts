// Idiom: async-mutex semaphores created with 0 permits as gates. `waitForUnlock()` waits until a permit is
// there without taking it, and `release()` is remembered in the value, so the order of arrival does not matter.
import { Semaphore } from 'async-mutex';

export class Foo {
  private readonly firstDone = new Semaphore(0);
  private readonly secondDone = new Semaphore(0);

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone.release();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.firstDone.waitForUnlock();
    printSecond();
    this.secondDone.release();
  }

  async third(printThird: () => void): Promise<void> {
    await this.secondDone.waitForUnlock();
    printThird();
  }
}
