// expect: deadlock
// Bug: the locks are taken in the order the arguments name the accounts: source first, then destination.
// With 0 -> 1 and 1 -> 0 at once, the first transfer takes account 0's lock, the second takes account 1's,
// and each then waits for the lock the other holds: a cycle of waits, nobody ever moves. Always take the
// lower-numbered account first (or both at once, or give up and back off).
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
    const first = this.lockOf(from);
    const second = this.lockOf(to);
    await first.acquire();
    if (second !== first) await second.acquire();
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      if (second !== first) second.release();
      first.release();
    }
  }
}
