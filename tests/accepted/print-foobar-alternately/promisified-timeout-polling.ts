// Idiom: polling a shared counter, sleeping with `util.promisify(setTimeout)`. Only the side whose turn it
// is changes the counter, so a stale look can only make a side wait one more round, never act out of turn.
import { promisify } from 'node:util';

const sleep = promisify(setTimeout);

export class FooBar {
  /** Words printed so far: even means foo's turn, odd means bar's. */
  private printed = 0;

  constructor(private readonly n: number) {}

  async foo(printFoo: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      while (this.printed !== 2 * i) await sleep(1);
      printFoo();
      this.printed += 1;
    }
  }

  async bar(printBar: () => void): Promise<void> {
    for (let i = 0; i < this.n; i++) {
      while (this.printed !== 2 * i + 1) await sleep(1);
      printBar();
      this.printed += 1;
    }
  }
}
