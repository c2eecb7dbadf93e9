import { Lock, sleep } from '@kit';

/** The usual replacement for a reentrant lock: public methods lock, private `...Locked` helpers assume the lock. */
class Inventory {
  private readonly lock = new Lock('inventory');
  private readonly items = new Map<string, number>();

  add(item: string, count: number): Promise<void> {
    return this.lock.withLock(() => {
      this.addLocked(item, count);
    });
  }

  /** Calls the helper, not add(): add() would wait for the lock this task already holds. */
  restock(order: ReadonlyArray<readonly [string, number]>): Promise<void> {
    return this.lock.withLock(() => {
      for (const [item, count] of order) this.addLocked(item, count);
    });
  }

  count(item: string): number {
    return this.items.get(item) ?? 0;
  }

  private addLocked(item: string, count: number): void {
    this.items.set(item, this.count(item) + count);
  }
}

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  const inventory = new Inventory();
  await inventory.add('apples', 2);
  await inventory.restock([['apples', 3], ['pears', 1]]);
  lines.push(`apples: ${inventory.count('apples')}, pears: ${inventory.count('pears')}`);

  // What an RLock would have allowed: a second acquire by the same task simply waits, forever.
  const lock = new Lock('not reentrant');
  const nested = lock.withLock(() => lock.withLock(() => 'entered twice'));
  const outcome = await Promise.race([nested, sleep(10).then(() => 'the inner acquire is still waiting')]);
  lines.push(`nested acquire: ${outcome}`);
  return lines;
}
