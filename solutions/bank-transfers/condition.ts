/**
 * Both accounts in one step: a set of busy accounts under one Condition. A transfer waits until neither of
 * its accounts is busy and then marks both busy at once, so it never holds one account while waiting for
 * another (no hold-and-wait, hence no deadlock, in whatever order the accounts are named). The condition's
 * lock guards only this bookkeeping, not the ledger calls, so transfers between other accounts go on
 * meanwhile. When done, the transfer frees its accounts and wakes every waiter to re-check.
 */
import { Condition, Lock } from '@kit';

export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

export class Bank {
  private readonly busy = new Set<number>();
  private readonly lock = new Lock('busy accounts');
  private readonly freed = new Condition(this.lock, 'accounts freed');

  constructor(private readonly ledger: Ledger) {}

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    await this.lock.withLock(async () => {
      await this.freed.waitFor(() => !this.busy.has(from) && !this.busy.has(to));
      this.busy.add(from);
      this.busy.add(to);
    });
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      const [, target] = await Promise.all([this.ledger.setBalance(from, balance - amount), this.ledger.balance(to)]);
      await this.ledger.setBalance(to, target + amount);
      return true;
    } finally {
      await this.lock.withLock(() => {
        this.busy.delete(from);
        this.busy.delete(to);
        this.freed.notifyAll();
      });
    }
  }
}
