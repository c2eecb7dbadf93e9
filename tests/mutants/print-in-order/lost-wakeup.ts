// expect: deadlock
// Bug: waits unconditionally for a notify. If first() already notified before second() started waiting, the
// notify is lost and second() (then third()) wait forever: a deadlock in the schedules where first runs first.
import { Condition } from '@kit';

export class Foo {
  private readonly firstDone = new Condition();
  private readonly secondDone = new Condition();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    await this.firstDone.acquire();
    this.firstDone.notifyAll();
    this.firstDone.release();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.firstDone.acquire();
    await this.firstDone.wait();
    this.firstDone.release();
    printSecond();
    await this.secondDone.acquire();
    this.secondDone.notifyAll();
    this.secondDone.release();
  }

  async third(printThird: () => void): Promise<void> {
    await this.secondDone.acquire();
    await this.secondDone.wait();
    this.secondDone.release();
    printThird();
  }
}
