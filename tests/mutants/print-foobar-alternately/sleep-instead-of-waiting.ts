// expect: violation
// Bug: keeps the rhythm with timers: foo() prints every 10 ms from t = 0, bar() every 10 ms from t = 5. That
// alternates while both tasks start together (which is why LeetCode's judge accepts it), but a task that
// starts late is out of step: if bar() starts 30 ms late, "foofoo…" comes out first.
import { sleep } from '@kit';

export class FooBar {
  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      printFoo();
      await sleep(10);
    }
  }

  async bar(printBar: () => void): Promise<void> {
    await sleep(5);
    for (let i = 0; i < this.n; i++) {
      printBar();
      await sleep(10);
    }
  }
}
