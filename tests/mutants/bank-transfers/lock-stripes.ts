// expect: across
// Bug: accounts share locks in stripes of two (account >> 1), taken in stripe order: safe, deadlock-free, and
// 0 -> 1 runs beside 2 -> 3, but 0 -> 2 and 1 -> 3, which share no account, both need stripes 0 and 1 and never
// run at the same time (the statement: transfers that share no account must be able to run at once).
export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

class Mutex {
  private held = false;
  private readonly waiters: Array<() => void> = [];
  async lock(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
  unlock(): void {
    const next = this.waiters.shift();
    if (next === undefined) this.held = false;
    else next();
  }
}

export class Bank {
  private readonly stripes = new Map<number, Mutex>();

  constructor(readonly ledger: Ledger) {}

  private stripe(s: number): Mutex {
    let m = this.stripes.get(s);
    if (m === undefined) this.stripes.set(s, (m = new Mutex()));
    return m;
  }

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    const needed = [...new Set([from >> 1, to >> 1])].sort((a, b) => a - b);
    for (const s of needed) await this.stripe(s).lock();
    try {
      const source = await this.ledger.balance(from);
      if (source < amount) return false;
      if (from === to) return true;
      const target = await this.ledger.balance(to);
      await this.ledger.setBalance(from, source - amount);
      await this.ledger.setBalance(to, target + amount);
      return true;
    } finally {
      for (const s of needed.reverse()) this.stripe(s).unlock();
    }
  }
}
