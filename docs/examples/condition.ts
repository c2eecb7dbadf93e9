import { Condition, sleep, UsageError } from '@kit';

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  const stockChanged = new Condition(undefined, 'stock changed');
  let stock = 0;

  const buy = async (buyer: string, wanted: number): Promise<void> => {
    await stockChanged.acquire();
    try {
      // Re-checked under the lock after every wake-up; the notify may not be meant for us.
      await stockChanged.waitFor(() => stock >= wanted);
      stock -= wanted;
      lines.push(`${buyer} buys ${wanted}, ${stock} left`);
    } finally {
      stockChanged.release();
    }
  };

  const buyers = [buy('ann', 2), buy('bob', 1)];
  for (let delivery = 1; delivery <= 3; delivery++) {
    await stockChanged.acquire();
    stock += 1;
    lines.push(`delivery ${delivery}: stock ${stock}`);
    stockChanged.notifyAll();
    stockChanged.release();
    await sleep(1);
  }
  await Promise.all(buyers);

  try {
    stockChanged.notifyAll(); // without holding the lock
  } catch (error) {
    if (error instanceof UsageError) lines.push(`${error.name}: ${error.message}`);
  }
  return lines;
}
