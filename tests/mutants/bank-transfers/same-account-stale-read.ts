// expect: violation
// Bug: locks in order, one lock for a transfer to the same account, but both balances are read up front and
// both written afterwards. For 0 -> 0 with 30 in it, the transfer reads 30 twice, writes 30 - 10, then writes
// 30 + 10 from its first read: 10 were created out of nothing. A transfer to the same account must change
// nothing (or re-read between the two writes).
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
    const locks = from === to ? [this.lockOf(from)] : [this.lockOf(Math.min(from, to)), this.lockOf(Math.max(from, to))];
    for (const lock of locks) await lock.acquire();
    try {
      const [source, target] = await Promise.all([this.ledger.balance(from), this.ledger.balance(to)]);
      if (source < amount) return false;
      await this.ledger.setBalance(from, source - amount);
      await this.ledger.setBalance(to, target + amount);
      return true;
    } finally {
      for (const lock of locks.reverse()) lock.release();
    }
  }
}
