// expect: violation
// Bug: "is there enough money?" is asked before taking the locks, and the answer is used after an await
// (the locks) when it may be stale. Account 0 holds 10 and two transfers want 10 each: both check, both
// see 10, both go on; the second takes its locks after the first has emptied the account, reads 0 and
// writes -10: an overdraft.
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
    if ((await this.ledger.balance(from)) < amount) return false;
    const locks = from === to ? [this.lockOf(from)] : [this.lockOf(Math.min(from, to)), this.lockOf(Math.max(from, to))];
    for (const lock of locks) await lock.acquire();
    try {
      if (from === to) return true;
      await this.ledger.setBalance(from, (await this.ledger.balance(from)) - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      for (const lock of locks.reverse()) lock.release();
    }
  }
}
