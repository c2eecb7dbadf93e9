// Idiom: each side consumes its turns with `for await` over an async iterable channel of turn tokens. A token
// sent before anyone waits is queued; a token sent to a waiter resolves its pending `next()` directly
// (hand-off through a resolver queue), so no token is lost or taken twice. `break` ends the loop.
class TurnChannel implements AsyncIterable<void> {
  private tokens = 0;
  private readonly waiters: Array<(result: IteratorResult<void>) => void> = [];

  send(): void {
    const waiter = this.waiters.shift();
    if (waiter !== undefined) waiter({ value: undefined, done: false });
    else this.tokens += 1;
  }

  [Symbol.asyncIterator](): AsyncIterator<void> {
    return {
      next: () => {
        if (this.tokens > 0) {
          this.tokens -= 1;
          return Promise.resolve({ value: undefined, done: false });
        }
        return new Promise((resolve) => this.waiters.push(resolve));
      },
      return: () => Promise.resolve({ value: undefined, done: true }),
    };
  }
}

export class FooBar {
  private readonly fooTurns = new TurnChannel();
  private readonly barTurns = new TurnChannel();

  constructor(private readonly n: number) {
    this.fooTurns.send();
  }

  async foo(printFoo: () => void): Promise<void> {
    if (this.n === 0) return;
    let printed = 0;
    for await (const _turn of this.fooTurns) {
      printFoo();
      this.barTurns.send();
      if (++printed === this.n) break;
    }
  }

  async bar(printBar: () => void): Promise<void> {
    if (this.n === 0) return;
    let printed = 0;
    for await (const _turn of this.barTurns) {
      printBar();
      this.fooTurns.send();
      if (++printed === this.n) break;
    }
  }
}
