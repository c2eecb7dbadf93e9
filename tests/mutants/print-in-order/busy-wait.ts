// expect: hang
// Bug: spins on a flag with an empty `while` loop, as one might with a volatile flag and real threads. A
// JavaScript task is never interrupted between awaits, so if second() runs before first() it spins forever
// and first() never gets to run: the whole process freezes.
export class Foo {
  private firstDone = false;
  private secondDone = false;

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone = true;
  }

  async second(printSecond: () => void): Promise<void> {
    while (!this.firstDone) {
      // wait for first()
    }
    printSecond();
    this.secondDone = true;
  }

  async third(printThird: () => void): Promise<void> {
    while (!this.secondDone) {
      // wait for second()
    }
    printThird();
  }
}
