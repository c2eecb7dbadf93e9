import { Lock, UsageError } from '@kit';

/** Stands in for any await in the middle of an update: a database call, a fetch, a timer. */
const somethingSlow = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function main(): Promise<string[]> {
  const lines: string[] = [];

  // Without a lock, both deposits read 100 before either writes its result back.
  let balance = 100;
  const depositUnsafely = async (amount: number): Promise<void> => {
    const seen = balance;
    await somethingSlow();
    balance = seen + amount;
  };
  await Promise.all([depositUnsafely(10), depositUnsafely(20)]);
  lines.push(`without a lock: ${balance}`);

  // With a lock, the read, the await and the write form one critical section.
  balance = 100;
  const lock = new Lock('account');
  const deposit = (amount: number): Promise<void> =>
    lock.withLock(async () => {
      const seen = balance;
      await somethingSlow();
      balance = seen + amount;
    });
  await Promise.all([deposit(10), deposit(20)]);
  lines.push(`with a lock: ${balance}`);

  // Releasing a lock nobody holds is a mistake the kit reports at once.
  try {
    lock.release();
  } catch (error) {
    if (error instanceof UsageError) lines.push(`${error.name}: ${error.message}`);
  }
  return lines;
}
