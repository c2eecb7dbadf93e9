// Idiom: each fork is a FIFO mutex whose hand-over to the next waiter is delivered as a MessageChannel message
// (a real macrotask, not a microtask). Forks are taken lowest-number first, so there is no circular wait.
export class DiningPhilosophers {
  private readonly held = [false, false, false, false, false];
  private readonly waiters: Array<Array<() => void>> = [[], [], [], [], []];
  private readonly channel = new MessageChannel();

  constructor() {
    this.channel.port2.on('message', (fork: number) => {
      const next = this.waiters[fork]?.shift();
      if (next) next(); // the fork stays held: it passes straight to the waiter
      else this.held[fork] = false;
    });
    this.channel.port1.unref();
    this.channel.port2.unref();
  }

  private take(fork: number): Promise<void> {
    if (!this.held[fork]) {
      this.held[fork] = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiters[fork]?.push(resolve));
  }

  private put(fork: number): void {
    this.channel.port1.postMessage(fork);
  }

  async wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void> {
    const left = philosopher;
    const right = (philosopher + 1) % 5;
    await this.take(Math.min(left, right));
    await this.take(Math.max(left, right));
    pickLeftFork();
    pickRightFork();
    await eat();
    putLeftFork();
    putRightFork();
    this.put(Math.max(left, right));
    this.put(Math.min(left, right));
  }
}
