// expect: violation
// Bug: "synchronizes" by sleeping, hoping the earlier task is done by then. It is whenever the tasks start
// together, which is why LeetCode's judge accepts it; a task that starts late breaks it.
import { sleep } from '@kit';

export class Foo {
  async first(printFirst: () => void): Promise<void> {
    printFirst();
  }

  async second(printSecond: () => void): Promise<void> {
    await sleep(10);
    printSecond();
  }

  async third(printThird: () => void): Promise<void> {
    await sleep(20);
    printThird();
  }
}
