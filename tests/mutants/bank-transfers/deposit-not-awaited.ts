// expect: violation
// Bug: the transfer waits for the withdrawal to land but not for the deposit: "the money has left, the caller
// need not wait for the rest". The deposit is sent, the locks go back only once it has landed (so no update is
// lost and the balances end right), and the transfer resolves to true meanwhile. The statement says it resolves
// after its writes have landed: with 0 -> 1 and 1 -> 0 at once, the first transfer to finish resolves while
// its write of the destination is still in flight, and a caller reading the ledger then sees the old balance.
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
    const order = from === to ? [from] : [Math.min(from, to), Math.max(from, to)];
    const locks = order.map((account) => this.lockOf(account));
    const releaseAll = (): void => {
      for (const lock of [...locks].reverse()) lock.release();
    };
    for (const lock of locks) await lock.acquire();
    let handedOver = false;
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      const target = await this.ledger.balance(to);
      await this.ledger.setBalance(from, balance - amount);
      // The money has left the source: the deposit finishes on its own and frees the locks when it lands.
      handedOver = true;
      void this.ledger.setBalance(to, target + amount).finally(releaseAll);
      return true;
    } finally {
      if (!handedOver) releaseAll();
    }
  }
}
