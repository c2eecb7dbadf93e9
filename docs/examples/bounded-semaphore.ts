import { BoundedSemaphore, Semaphore, UsageError } from '@kit';

export async function main(): Promise<string[]> {
  const lines: string[] = [];

  const connections = new BoundedSemaphore(2, 'connections');
  await connections.acquire();
  connections.release();
  try {
    connections.release(); // one release too many: no acquire matches it
  } catch (error) {
    if (error instanceof UsageError) lines.push(`${error.name}: ${error.message}`);
  }

  const plain = new Semaphore(2);
  plain.release(); // a plain semaphore accepts it and grows
  lines.push(`a plain Semaphore now has ${plain.value} permits`);

  try {
    new Semaphore(-1);
  } catch (error) {
    if (error instanceof RangeError) lines.push(`${error.name}: ${error.message}`);
  }
  return lines;
}
