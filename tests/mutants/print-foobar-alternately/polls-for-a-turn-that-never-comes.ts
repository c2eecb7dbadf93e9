// expect: livelock
// Bug: polls a shared counter with sleep (wasteful, but it would work), and bar() counts its rounds from 0 to n
// inclusive: on its extra round it polls for a turn that never comes, so the task never returns. The explorer
// sees the clock tick forever with no progress (a livelock), in every schedule.
import { sleep } from '@kit';

export class FooBar {
  private printed = 0;

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      while (this.printed % 2 !== 0) await sleep(1);
      printFoo();
      this.printed += 1;
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i <= this.n; i++) {
      while (this.printed % 2 !== 1) await sleep(1);
      printBar();
      this.printed += 1;
    }
  }
}
