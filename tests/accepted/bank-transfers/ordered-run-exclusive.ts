// Idiom: lock ordering with async-mutex, as two nested runExclusive calls, the lower account outside. The
// nesting releases both mutexes on every way out, the early refusal included.
import { Mutex } from 'async-mutex';

export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

export class Bank {
  private readonly mutexes = new Map<number, Mutex>();

  constructor(private readonly ledger: Ledger) {}

  private mutexOf(account: number): Mutex {
    let mutex = this.mutexes.get(account);
    if (mutex === undefined) {
      mutex = new Mutex();
      this.mutexes.set(account, mutex);
    }
    return mutex;
  }

  transfer(from: number, to: number, amount: number): Promise<boolean> {
    const move = async (): Promise<boolean> => {
      const balance = await this.ledger.balance(from);
      if (balance < amount) return false;
      if (from === to) return true;
      await this.ledger.setBalance(from, balance - amount);
      await this.ledger.setBalance(to, (await this.ledger.balance(to)) + amount);
      return true;
    };
    if (from === to) return this.mutexOf(from).runExclusive(move);
    const outer = this.mutexOf(Math.min(from, to));
    const inner = this.mutexOf(Math.max(from, to));
    return outer.runExclusive(() => inner.runExclusive(move));
  }
}
