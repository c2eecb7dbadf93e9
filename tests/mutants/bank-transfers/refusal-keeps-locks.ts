// expect: deadlock
// Bug: the early `return false` for a source without enough money skips the releases, which sit at the end
// of the happy path instead of in `finally`. The refused transfer leaves both accounts locked for good, and
// the next transfer that needs either waits forever: with 10 in account 0, 0 -> 1 and 0 -> 2 want 10 each;
// the second is refused and keeps accounts 0 and 2; the money flowing back (2 -> 0) never gets them.
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
    const balance = await this.ledger.balance(from);
    if (balance < amount) return false;
    if (from !== to) {
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
    }
    for (const lock of locks.reverse()) lock.release();
    return true;
  }
}
