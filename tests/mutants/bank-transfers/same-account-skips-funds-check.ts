// expect: violation
// Bug: the refusal is kept for transfers where money actually leaves: "a transfer to the same account moves
// nothing, so it cannot overdraw and always succeeds". It takes its one account, reads the balance and then
// ignores it. The statement says a same-account transfer resolves to whether the account holds at least the
// amount: with 5 in account 0, 0 -> 0 for 10 resolves to true (unless 1 -> 0 has brought 10 first). Transfers
// between two accounts are right (both accounts taken at once under one Condition, so no deadlock).
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
      this.busy.add(from).add(to);
    });
    try {
      const balance = await this.ledger.balance(from);
      if (from === to) return true; // nothing moves, nothing to refuse
      if (balance < amount) return false;
      const target = await this.ledger.balance(to);
      await this.ledger.setBalance(from, balance - amount);
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
