// Idiom: back off for a random time, the textbook cure for two parties retrying in lockstep. Each account is
// an async-mutex Mutex; a transfer takes the source, then tries the destination without waiting
// (`isLocked()` and `acquire()` in one synchronous step). If it is taken, the transfer lets the source go
// and sleeps a random 0 to 2^attempt ms (capped at 32) from node:timers/promises before trying again. It
// never waits for one mutex while holding another, so no cycle of waits can form.
import { setTimeout as pause } from 'node:timers/promises';
import { Mutex } from 'async-mutex';

export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

export class Bank {
  private readonly mutexes = new Map<number, Mutex>();

  constructor(private readonly ledger: Ledger) {}

  private mutexOf(account: number): Mutex {
    let mutex = this.mutexes.get(account);
    if (mutex === undefined) {
      mutex = new Mutex();
      this.mutexes.set(account, mutex);
    }
    return mutex;
  }

  /** The releasers of both accounts, or undefined if the destination was taken (the source is given back). */
  private async tryBoth(from: number, to: number): Promise<Array<() => void> | undefined> {
    const releaseFrom = await this.mutexOf(from).acquire();
    if (from === to) return [releaseFrom];
    const destination = this.mutexOf(to);
    if (destination.isLocked()) {
      releaseFrom();
      return undefined;
    }
    return [releaseFrom, await destination.acquire()];
  }

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    let releasers = await this.tryBoth(from, to);
    for (let attempt = 1; releasers === undefined; attempt++) {
      await pause(Math.random() * 2 ** Math.min(attempt, 5));
      releasers = await this.tryBoth(from, to);
    }
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      for (const release of releasers.reverse()) release();
    }
  }
}
