// expect: violation
// Bug: the gates are created with one permit instead of zero, so second() and third() never wait.
import { Semaphore } from '@kit';

export class Foo {
  private readonly mayPrintSecond = new Semaphore(1);
  private readonly mayPrintThird = new Semaphore(1);

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
