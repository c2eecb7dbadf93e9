/**
 * Lock ordering: one kit Lock per account, always taken lowest account number first. Two transfers that
 * need the same two accounts ask for them in the same order, so neither can hold one while waiting for the
 * other's: no cycle of waits, no deadlock. A transfer to the same account takes its one lock once (the kit's
 * locks are not reentrant). Everything between the first read and the last write happens holding both
 * locks, and `finally` releases them on every way out, the refusal included.
 */
import { Lock } from '@kit';

export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

export class Bank {
  private readonly locks = new Map<number, Lock>();

  constructor(private readonly ledger: Ledger) {}

  private lockOf(account: number): Lock {
    let lock = this.locks.get(account);
    if (lock === undefined) {
      lock = new Lock(`account ${account}`);
      this.locks.set(account, lock);
    }
    return lock;
  }

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    const order = from === to ? [from] : [Math.min(from, to), Math.max(from, to)];
    const locks = order.map((account) => this.lockOf(account));
    const taken: Lock[] = [];
    try {
      for (const lock of locks) {
        await lock.acquire();
        taken.push(lock);
      }
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      for (const lock of taken.reverse()) lock.release();
    }
  }
}
