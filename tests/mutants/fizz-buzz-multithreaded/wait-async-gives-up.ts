// expect: violation
// Bug: each role waits for its turn with Atomics.waitAsync on a shared counter of printed items, with a
// 200 ms timeout, and reads "timed-out" as "nobody is playing any more: the game is over". True while every
// role starts within 200 ms; when one starts later, the others give up before their turn and the output stops.
export class FizzBuzz {
  private readonly printed = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly n: number) {}

  private async take(mine: (i: number) => boolean, say: (i: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      if (!mine(i)) continue;
      while (Atomics.load(this.printed, 0) !== i - 1) {
        const wait = Atomics.waitAsync(this.printed, 0, Atomics.load(this.printed, 0), 200);
        if ((wait.async ? await wait.value : wait.value) === 'timed-out') return;
      }
      say(i);
      Atomics.store(this.printed, 0, i);
      Atomics.notify(this.printed, 0);
    }
  }

  async fizz(printFizz: () => void): Promise<void> {
    await this.take((i) => i % 3 === 0 && i % 5 !== 0, () => printFizz());
  }

  async buzz(printBuzz: () => void): Promise<void> {
    await this.take((i) => i % 5 === 0 && i % 3 !== 0, () => printBuzz());
  }

  async fizzbuzz(printFizzBuzz: () => void): Promise<void> {
    await this.take((i) => i % 15 === 0, () => printFizzBuzz());
  }

  async number(printNumber: (x: number) => void): Promise<void> {
    await this.take((i) => i % 3 !== 0 && i % 5 !== 0, (i) => printNumber(i));
  }
}
