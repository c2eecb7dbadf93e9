/**
 * Try with a timeout, and back off: async-mutex mutexes wrapped in `withTimeout`, one per account, taken in
 * the order the transfer names them (source first). A transfer that gets its first account but not the
 * second within the timeout gives the first back, waits a little and starts over. Opposite transfers can
 * each get their first account; both then time out and let go, so the cycle of waits breaks. The pause
 * differs per source account, so two transfers that collided do not retry in lockstep forever: deterministic
 * but asymmetric, where random jitter would do as well (tests/accepted/bank-transfers/random-back-off.ts).
 */
import { E_TIMEOUT, Mutex, type MutexInterface, withTimeout } from 'async-mutex';
import { sleep } from '@kit';

export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

const TIMEOUT_MS = 10;

export class Bank {
  private readonly mutexes = new Map<number, MutexInterface>();

  constructor(private readonly ledger: Ledger) {}

  private mutexOf(account: number): MutexInterface {
    let mutex = this.mutexes.get(account);
    if (mutex === undefined) {
      mutex = withTimeout(new Mutex(), TIMEOUT_MS);
      this.mutexes.set(account, mutex);
    }
    return mutex;
  }

  /** Both accounts' releasers, or undefined if either was not granted in time (nothing is kept then). */
  private async tryBoth(from: number, to: number): Promise<Array<() => void> | undefined> {
    const releasers: Array<() => void> = [];
    try {
      for (const account of from === to ? [from] : [from, to]) releasers.push(await this.mutexOf(account).acquire());
      return releasers;
    } catch (error) {
      for (const release of releasers.reverse()) release();
      if (error !== E_TIMEOUT) throw error;
      return undefined;
    }
  }

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    let releasers = await this.tryBoth(from, to);
    for (let attempt = 1; releasers === undefined; attempt++) {
      await sleep(1 + ((from * 3 + attempt) % 7));
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
