import { exportedClass, type Failure, type KataCase, type KataSpec, type Rng } from '@spec';

interface Ledger {
  balance(account: number): Promise<number>;
  setBalance(account: number, amount: number): Promise<void>;
}
interface Bank {
  transfer(from: number, to: number, amount: number): Promise<boolean>;
}
type BankClass = new (ledger: Ledger) => Bank;

interface Transfer {
  readonly from: number;
  readonly to: number;
  readonly amount: number;
}

interface Params {
  /** Starting balance of each account (account i has index i). */
  readonly balances: readonly number[];
  /** One task per entry: the transfers it makes, one after the other. */
  readonly tasks: ReadonlyArray<readonly Transfer[]>;
  /** Virtual ms a balance() and a setBalance() take. */
  readonly readMs: number;
  readonly writeMs: number;
  /** Virtual ms each task rests before its first transfer (default 0). */
  readonly restMs?: readonly number[];
  /**
   * Two tasks' first transfers share no account, so a bank with a lock per account must let them work on
   * the ledger at the same time in some schedule (the `across` check).
   */
  readonly disjoint?: boolean;
}

const t = (from: number, to: number, amount: number): Transfer => ({ from, to, amount });
const show = (x: Transfer): string => `transfer(${x.from}, ${x.to}, ${x.amount})`;
const shown = (value: unknown): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

function randomCase(rng: Rng, label: string, schedules: number): KataCase<Params> {
  const accounts = rng.int(2, 4);
  const balances = Array.from({ length: accounts }, () => rng.int(0, 40));
  const transfer = (): Transfer => {
    const from = rng.int(0, accounts - 1);
    const to = rng.chance(0.15) ? from : rng.int(0, accounts - 1);
    return t(from, to, rng.int(1, 30));
  };
  const tasks = Array.from({ length: rng.int(2, 4) }, () => Array.from({ length: rng.int(1, 4) }, transfer));
  return {
    label: `${label}: ${accounts} accounts, ${tasks.length} tasks, ${tasks.flat().length} transfers`,
    params: { balances, tasks, readMs: rng.int(1, 6), writeMs: rng.int(1, 6), restMs: tasks.map(() => (rng.chance(0.5) ? 0 : rng.int(1, 20))) },
    schedules,
  };
}

/**
 * Bank Transfers: a bank moves money between numbered accounts whose balances live in a ledger; reading and
 * writing a balance takes virtual time. Tasks call transfer(from, to, amount) one after the other; different
 * tasks' calls overlap, opposite transfers (0 -> 1 while 1 -> 0) included. Checked while running: no balance is
 * written below zero or as anything but a whole number; no transfer writes a balance computed from a read
 * made before the account changed (its own earlier write included); a transfer resolves to a boolean, to
 * false only if the source's balance was below the amount at some moment of the call, to true only if it was
 * at least the amount at some moment (a transfer to the same account included), and only once none of its
 * writes is in flight (its task's writes of its two accounts, made during the call). At the end: every
 * account holds its start plus what successful transfers brought minus what they took, so the total is the
 * same. A transfer that waits forever (a lock cycle) is a deadlock. Across the schedules of cases marked
 * `disjoint`: two transfers that share no account worked on the ledger at the same time in some schedule.
 */
export const spec: KataSpec<BankClass, Params> = {
  slug: 'bank-transfers',
  load: (exports) => exportedClass<BankClass>(exports, 'Bank', ['transfer']),
  cases: (rng) => [
    {
      label: 'opposite transfers at once: 0 -> 1 and 1 -> 0',
      params: { balances: [50, 50], tasks: [[t(0, 1, 10)], [t(1, 0, 20)]], readMs: 3, writeMs: 4 },
      exhaustive: true,
      preemptionBound: 1,
    },
    {
      label: 'two transfers into one account at once: 0 -> 2 and 1 -> 2',
      params: { balances: [30, 30, 30], tasks: [[t(0, 2, 10)], [t(1, 2, 5)]], readMs: 3, writeMs: 4 },
      exhaustive: true,
      preemptionBound: 0,
    },
    {
      label: 'transfers between disjoint accounts at once: 0 -> 1 and 2 -> 3',
      params: { balances: [20, 20, 20, 20], tasks: [[t(0, 1, 5)], [t(2, 3, 5)]], readMs: 3, writeMs: 4, disjoint: true },
      exhaustive: true,
      preemptionBound: 1,
    },
    {
      label: 'a transfer to the same account (0 -> 0), then 0 -> 1',
      params: { balances: [30, 0], tasks: [[t(0, 0, 10), t(0, 1, 5)]], readMs: 3, writeMs: 4 },
      exhaustive: true,
    },
    {
      label: 'not enough for both: account 0 holds 10, 0 -> 1 and 0 -> 2 want 10 each, then money flows back',
      params: { balances: [10, 0, 0], tasks: [[t(0, 1, 10), t(1, 0, 5)], [t(0, 2, 10), t(2, 0, 5)]], readMs: 3, writeMs: 4 },
      schedules: 40,
    },
    {
      label: 'a cycle at once: 0 -> 1, 1 -> 2, 2 -> 0',
      params: { balances: [15, 15, 15], tasks: [[t(0, 1, 5)], [t(1, 2, 5)], [t(2, 0, 5)]], readMs: 3, writeMs: 2 },
      schedules: 40,
    },
    {
      label: 'a cycle and a disjoint pair: 0 -> 1, 1 -> 0, 2 -> 3, 3 -> 2, three times each',
      params: {
        balances: [40, 40, 40, 40],
        tasks: [[t(0, 1, 7), t(0, 1, 7), t(0, 1, 7)], [t(1, 0, 9), t(1, 0, 9), t(1, 0, 9)], [t(2, 3, 4), t(2, 3, 4), t(2, 3, 4)], [t(3, 2, 6), t(3, 2, 6), t(3, 2, 6)]],
        readMs: 2,
        writeMs: 3,
        restMs: [0, 1, 0, 2],
        disjoint: true,
      },
      schedules: 30,
    },
    {
      label: 'ping-pong: 0 -> 1 and 1 -> 0, 8 times each, from an empty account 1',
      params: { balances: [8, 0], tasks: [Array.from({ length: 8 }, () => t(0, 1, 1)), Array.from({ length: 8 }, () => t(1, 0, 1))], readMs: 1, writeMs: 2 },
      schedules: 20,
    },
    randomCase(rng.fork(1), 'random', 25),
    randomCase(rng.fork(2), 'random', 25),
    randomCase(rng.fork(3), 'random', 25),
    // Another disjoint pair, whose accounts are neighbours across the pairs: locks shared by a stripe of
    // accounts (0 and 1 together, 2 and 3 together) serialize it, although the two transfers share no account.
    {
      label: 'transfers between disjoint accounts at once: 0 -> 2 and 1 -> 3',
      params: { balances: [20, 20, 20, 20], tasks: [[t(0, 2, 5)], [t(1, 3, 5)]], readMs: 3, writeMs: 4, disjoint: true },
      exhaustive: true,
      preemptionBound: 0,
    },
    {
      label: 'a transfer to the same account without enough: 0 -> 0 wants 10 of 5, while 1 -> 0 brings 10',
      params: { balances: [5, 10], tasks: [[t(0, 0, 10)], [t(1, 0, 10)]], readMs: 3, writeMs: 4 },
      schedules: 20,
    },
  ],
  scenario(Bank, params, ctx) {
    const balances = [...params.balances];
    /** Bumped at every write of the account: a write computed from an older read is a lost update. */
    const versions = balances.map(() => 0);
    /** Per task, per account: the version it saw at its last read. */
    const lastRead = new Map<string, Map<number, number>>();
    /** The calls in progress, with the lowest and highest balance their source had while they ran. */
    const active = new Set<{ readonly from: number; lowest: number; highest: number }>();
    /** Per task, the transfer it is making (a task makes one after the other). */
    const making = new Map<string, object>();
    /** The writes in flight, with the transfer whose task made them: none may be left when it resolves. */
    const writing = new Set<{ readonly transfer: object | undefined; readonly account: number; readonly amount: unknown }>();
    let inLedger = 0;
    let mostInLedger = 0;
    const busyTasks = new Map<string, number>();
    const net = balances.map(() => 0);

    const account = (what: string, value: unknown): number => {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= balances.length) {
        ctx.fail({ message: `${what} was called with account ${shown(value)}; the accounts are 0 to ${balances.length - 1}`, expected: 'an existing account', actual: shown(value) });
        throw new RangeError(`no account ${shown(value)}`);
      }
      return value;
    };
    /** Counts the tasks with a ledger call in flight (two reads of one transfer count once). */
    const enter = (who: string): void => {
      const n = (busyTasks.get(who) ?? 0) + 1;
      busyTasks.set(who, n);
      if (n === 1) {
        inLedger += 1;
        mostInLedger = Math.max(mostInLedger, inLedger);
      }
    };
    const leave = (who: string): void => {
      const n = (busyTasks.get(who) ?? 1) - 1;
      busyTasks.set(who, n);
      if (n === 0) inLedger -= 1;
    };

    const ledger: Ledger = {
      async balance(raw: number): Promise<number> {
        const a = account('balance()', raw);
        const who = ctx.taskName() ?? '?';
        enter(who);
        await ctx.activity(`read ${a}`, params.readMs);
        leave(who);
        const reads = lastRead.get(who) ?? new Map<number, number>();
        lastRead.set(who, reads);
        reads.set(a, versions[a] ?? 0);
        ctx.output(`balance(${a}) → ${balances[a]}`);
        return balances[a] ?? 0;
      },
      async setBalance(raw: number, amount: number): Promise<void> {
        const a = account('setBalance()', raw);
        const who = ctx.taskName() ?? '?';
        enter(who);
        const write = { transfer: making.get(who), account: a, amount };
        writing.add(write);
        await ctx.activity(`write ${a}`, params.writeMs);
        writing.delete(write);
        leave(who);
        ctx.output(`setBalance(${a}, ${shown(amount)})`);
        if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0) {
          ctx.fail({
            message: `setBalance(${a}, ${shown(amount)}): ${typeof amount === 'number' && amount < 0 ? 'an overdraft: a transfer took more than the account held' : 'balances are whole numbers'}`,
            expected: 'a whole number of at least 0',
            actual: shown(amount),
          });
          return;
        }
        const seen = lastRead.get(who)?.get(a);
        if (seen !== undefined && seen !== versions[a]) {
          ctx.fail({
            message:
              `${who} wrote account ${a}'s balance (${amount}) computed from a read made before account ${a} changed ` +
              `(it was written ${(versions[a] ?? 0) - seen} time(s) since): the change in between is lost, and money with it`,
            expected: `a balance computed from account ${a}'s current value`,
            actual: `a stale read`,
          });
          return;
        }
        balances[a] = amount;
        versions[a] = (versions[a] ?? 0) + 1;
        lastRead.get(who)?.set(a, versions[a]);
        for (const call of active) {
          if (call.from !== a) continue;
          call.lowest = Math.min(call.lowest, amount);
          call.highest = Math.max(call.highest, amount);
        }
      },
    };
    const bank = new Bank(ledger);

    params.tasks.forEach((transfers, i) => {
      const name = `task ${i + 1}`;
      ctx.spawn(name, async () => {
        const rest = params.restMs?.[i] ?? 0;
        if (rest > 0) await ctx.activity('rest', rest);
        for (const x of transfers) {
          const call = { from: x.from, lowest: balances[x.from] ?? 0, highest: balances[x.from] ?? 0 };
          active.add(call);
          making.set(name, call);
          lastRead.delete(name); // each transfer reads afresh
          const result: unknown = await bank.transfer(x.from, x.to, x.amount);
          active.delete(call);
          making.delete(name);
          ctx.output(`${show(x)} → ${shown(result)}`);
          if (typeof result !== 'boolean') {
            ctx.fail({ message: `${show(x)} resolved to ${shown(result)}; it resolves to true (moved) or false (not enough money)`, expected: 'a boolean', actual: shown(result) });
            return;
          }
          // Its own writes only: those its task made during this call, of its two accounts.
          const pending = [...writing].find((w) => w.transfer === call && (w.account === x.from || w.account === x.to));
          if (pending !== undefined) {
            ctx.fail({
              message:
                `${show(x)} resolved to ${result} while its write setBalance(${pending.account}, ${shown(pending.amount)}) was still in flight: ` +
                'a transfer resolves only after its writes have landed (a caller that reads the ledger next would see the old balance)',
              expected: 'no write of the transfer in flight when it resolves',
              actual: `setBalance(${pending.account}, ${shown(pending.amount)}) in flight`,
            });
            return;
          }
          if (result && call.highest < x.amount) {
            ctx.fail({
              message:
                `${show(x)} resolved to true, but account ${x.from} held at most ${call.highest} during the whole call: ` +
                `a transfer ${x.from === x.to ? 'to the same account resolves to true only when the account' : 'resolves to true only when the source'} holds at least the amount`,
              expected: 'false',
              actual: 'true',
            });
            return;
          }
          if (!result && call.lowest >= x.amount) {
            ctx.fail({
              message:
                `${show(x)} resolved to false, but account ${x.from} held at least ${call.lowest} during the whole call: ` +
                'a transfer is refused only when the source holds less than the amount',
              expected: 'true',
              actual: 'false',
            });
            return;
          }
          if (result) {
            net[x.from] = (net[x.from] ?? 0) - x.amount;
            net[x.to] = (net[x.to] ?? 0) + x.amount;
          }
        }
      });
    });

    return {
      check(): Failure | undefined {
        const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
        if (total(balances) !== total(params.balances)) {
          return {
            message: `the bank started with ${total(params.balances)} in all and ended with ${total(balances)}: money was ${total(balances) > total(params.balances) ? 'created' : 'lost'}`,
            expected: `${total(params.balances)}`,
            actual: `${total(balances)} (${balances.join(', ')})`,
          };
        }
        for (let a = 0; a < balances.length; a++) {
          const expected = (params.balances[a] ?? 0) + (net[a] ?? 0);
          if (balances[a] !== expected) {
            return {
              message: `account ${a} started with ${params.balances[a]} and the transfers that resolved to true ${(net[a] ?? 0) >= 0 ? 'added' : 'took'} ${Math.abs(net[a] ?? 0)}, but it holds ${balances[a]}`,
              expected: `${expected}`,
              actual: `${balances[a]}`,
            };
          }
        }
        return undefined;
      },
      observe: () => mostInLedger,
    };
  },
  across(observations, params) {
    if (params.disjoint !== true || observations.length === 0) return undefined;
    if (Math.max(...observations) >= 2) return undefined;
    return {
      message:
        `in none of ${observations.length} schedules did two transfers use the ledger at the same time, not even two that share no account: ` +
        'the bank is serialized (like one lock around every transfer), but transfers between different accounts must run side by side',
      expected: 'two transfers at work at once in some schedule',
      actual: 'one at a time',
    };
  },
};

export default spec;
