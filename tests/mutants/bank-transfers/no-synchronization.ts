// expect: violation
// Bug: no lock at all. Two transfers into account 2 at once (0 -> 2 and 1 -> 2) both read account 2's
// balance, 30, and both write 30 plus their own amount: the second write replaces the first, and that
// transfer's money is gone from the bank.
export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

export class Bank {
  constructor(private readonly ledger: Ledger) {}

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    const balance = await this.ledger.balance(from);
    if (balance < amount) return false;
    if (from === to) return true;
    await this.ledger.setBalance(from, balance - amount);
    await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
    return true;
  }
}
