// expect: deadlock
// Bug: the try-lock's timeout is AbortSignal.timeout(5), whose timer Node unrefs: when opposite transfers
// each hold one lock and wait for the other's with only these timeouts pending (no ledger call in flight), nothing
// keeps the event loop alive and Node exits with both transfers unfinished, instead of backing off and retrying.
// (Otherwise the design is right: try the second lock for 5 ms, release the first, random back-off, retry.)
import { setTimeout as nap } from 'node:timers/promises';

export interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}

class TimedLock {
  private held = false;
  private readonly waiters: Array<{ grant: () => void }> = [];

  /** Resolves true once taken, or false if `signal` aborts first (then nothing is taken). */
  acquire(signal?: AbortSignal): Promise<boolean> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const entry = {
        grant: (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve(true);
        },
      };
      const onAbort = (): void => {
        const at = this.waiters.indexOf(entry);
        if (at >= 0) {
          this.waiters.splice(at, 1);
          resolve(false);
        }
      };
      this.waiters.push(entry);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next === undefined) this.held = false;
    else next.grant(); // handed over: stays held
  }
}

export class Bank {
  private readonly locks = new Map<number, TimedLock>();

  constructor(readonly ledger: Ledger) {}

  private lockOf(account: number): TimedLock {
    let lock = this.locks.get(account);
    if (lock === undefined) this.locks.set(account, (lock = new TimedLock()));
    return lock;
  }

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    const first = this.lockOf(from);
    const second = this.lockOf(to);
    for (;;) {
      await first.acquire();
      if (from !== to && !(await second.acquire(AbortSignal.timeout(5)))) {
        first.release();
        await nap(1 + Math.floor(Math.random() * 8));
        continue;
      }
      try {
        const source = await this.ledger.balance(from);
        if (source < amount) return false;
        if (from === to) return true;
        const target = await this.ledger.balance(to);
        await this.ledger.setBalance(from, source - amount);
        await this.ledger.setBalance(to, target + amount);
        return true;
      } finally {
        if (from !== to) second.release();
        first.release();
      }
    }
  }
}
