import { Condition, Event, Lock, Semaphore, notImplemented, sleep } from '@kit';

/**
 * Where the balances live (the stress test gives you one). Each call takes time. Accounts are numbered from 0.
 */
export interface Ledger {
  /** The account's balance, a whole number of at least 0. */
  balance(account: number): Promise<number>;
  /** Replaces the account's balance. */
  setBalance(account: number, amount: number): Promise<void>;
}

/**
 * Bank Transfers: transfer(from, to, amount) moves `amount` from one account to another and resolves to true,
 * or resolves to false and moves nothing when `from` holds less than `amount`. Transfers run concurrently:
 * no money may be created or lost, opposite transfers (0 -> 1 while 1 -> 0) must not deadlock, and transfers
 * that share no account must run side by side. `from` and `to` may be the same account.
 * Replace each `notImplemented(...)` line; keep the class name and method signatures.
 * Check your work with: npm run kata -- bank-transfers
 */
export class Bank {
  constructor(readonly ledger: Ledger) {}

  async transfer(from: number, to: number, amount: number): Promise<boolean> {
    return notImplemented('Bank.transfer');
  }
}
