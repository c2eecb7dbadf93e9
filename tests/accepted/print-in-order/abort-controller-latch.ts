// Idiom: an AbortController used as a one-shot latch. `abort()` is the signal, `signal.aborted` remembers it,
// and the 'abort' event wakes whoever waits; checking `aborted` and adding the listener happen in one step.
function opened(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

export class Foo {
  private readonly firstDone = new AbortController();
  private readonly secondDone = new AbortController();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone.abort();
  }

  async second(printSecond: () => void): Promise<void> {
    await opened(this.firstDone.signal);
    printSecond();
    this.secondDone.abort();
  }

  async third(printThird: () => void): Promise<void> {
    await opened(this.secondDone.signal);
    printThird();
  }
}
