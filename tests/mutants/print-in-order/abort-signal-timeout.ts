// expect: crash
// Bug: each wait carries `AbortSignal.timeout(2000)` so that a lost signal fails fast instead of hanging.
// But a predecessor may legitimately take longer than 2 s to start: the signal then aborts the wait, the
// promise rejects with a TimeoutError, and second() or third() throws instead of printing.
function waitFor(done: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    void done.then(resolve);
  });
}

export class Foo {
  private openFirst!: () => void;
  private openSecond!: () => void;
  private readonly firstDone = new Promise<void>((resolve) => (this.openFirst = resolve));
  private readonly secondDone = new Promise<void>((resolve) => (this.openSecond = resolve));

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.openFirst();
  }

  async second(printSecond: () => void): Promise<void> {
    await waitFor(this.firstDone, AbortSignal.timeout(2000));
    printSecond();
    this.openSecond();
  }

  async third(printThird: () => void): Promise<void> {
    await waitFor(this.secondDone, AbortSignal.timeout(2000));
    printThird();
  }
}
