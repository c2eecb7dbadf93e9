// expect: violation
// Bug: second() and third() wait for their predecessor, but race that wait against a 3-second "safety net"
// timer so that a first() that never comes cannot hang the program. Nothing promises that first() starts
// within 3 s: when it is late, the timer wins and second() prints before first().
import { setTimeout as sleep } from 'node:timers/promises';

function latch(): { done: Promise<void>; open: () => void } {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

export class Foo {
  private readonly afterFirst = latch();
  private readonly afterSecond = latch();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.afterFirst.open();
  }

  async second(printSecond: () => void): Promise<void> {
    await Promise.race([this.afterFirst.done, sleep(3000)]);
    printSecond();
    this.afterSecond.open();
  }

  async third(printThird: () => void): Promise<void> {
    await Promise.race([this.afterSecond.done, sleep(3000)]);
    printThird();
  }
}
