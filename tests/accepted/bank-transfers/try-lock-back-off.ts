// Idiom: try-lock and back off, with kit Locks. The source's lock is awaited; the destination's is only
// taken if it is free right now (`locked()` and `acquire()` in one synchronous step, so nobody can take it
// in between); otherwise the transfer releases the source, sleeps a few ms (longer for higher source
// numbers, so two colliding transfers do not retry in lockstep) and tries again. It never waits for a lock
// while holding one, so no cycle of waits can form.
import { Lock, sleep } from '@kit';

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
    const source = this.lockOf(from);
    const target = this.lockOf(to);
    for (;;) {
      await source.acquire();
      if (target === source) break;
      if (!target.locked()) {
        void target.acquire(); // free: taken in this very step
        break;
      }
      source.release();
      await sleep(4 + 3 * from);
    }
    try {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    } finally {
      if (target !== source) target.release();
      source.release();
    }
  }
}
