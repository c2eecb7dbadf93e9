// Idiom: yielding to the event loop with `setImmediate` from `node:timers` while it is not our turn. The turn
// flag is flipped only by the side that holds the turn, right after printing, in the same synchronous step.
import { setImmediate } from 'node:timers';

const nextTurnOfTheLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class FooBar {
  private turn: 'foo' | 'bar' = 'foo';

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      while (this.turn !== 'foo') await nextTurnOfTheLoop();
      printFoo();
      this.turn = 'bar';
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      while (this.turn !== 'bar') await nextTurnOfTheLoop();
      printBar();
      this.turn = 'foo';
    }
  }
}
