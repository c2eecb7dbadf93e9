// expect: deadlock
// Bug: lock ordering done right, except for a transfer to the same account: it sorts [0, 0] and takes
// account 0's lock, then waits for account 0's lock again. The kit's locks (like asyncio's and most
// mutexes) are not reentrant, so the transfer waits for itself forever.
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
    const [low, high] = [this.lockOf(Math.min(from, to)), this.lockOf(Math.max(from, to))];
    await low.acquire();
    await high.acquire();
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      high.release();
      low.release();
    }
  }
}
