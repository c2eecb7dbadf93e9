// expect: violation
// Bug: a "try-lock" without the retry: if either account is locked, the transfer gives up and reports false,
// as if the money were missing. No deadlock and no lost money, but the caller is told "not enough money" when
// there was plenty: with 0 -> 1 and 1 -> 0 at once, one of them finds an account busy and is refused
// although its source held 50 throughout.
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
    const locks = from === to ? [this.lockOf(from)] : [this.lockOf(from), this.lockOf(to)];
    if (locks.some((lock) => lock.locked())) return false;
    for (const lock of locks) void lock.acquire(); // both free: taken at once, in this same step
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      for (const lock of locks) lock.release();
    }
  }
}
