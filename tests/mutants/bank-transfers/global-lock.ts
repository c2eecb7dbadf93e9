// expect: across
// Bug: one lock around every transfer. No deadlock and no lost money, but transfers between accounts that
// have nothing in common wait for each other: 0 -> 1 and 2 -> 3 never touch the ledger at the same time in
// any schedule, and the bank does one transfer at a time however many accounts it has.
import { Lock } from '@kit';

export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

export class Bank {
  private readonly lock = new Lock('bank');

  constructor(private readonly ledger: Ledger) {}

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    await this.lock.acquire();
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      this.lock.release();
    }
  }
}
