import { sleep } from '@kit';

/** second() "waits for" first() by sleeping: correct only while first() is never late. */
async function race(firstStartsLate: boolean): Promise<string> {
  const printed: string[] = [];
  const first = async (): Promise<void> => {
    if (firstStartsLate) await sleep(20);
    printed.push('first');
  };
  const second = async (): Promise<void> => {
    await sleep(5);
    printed.push('second');
  };
  await Promise.all([first(), second()]);
  return printed.join(' then ');
}

export async function main(): Promise<string[]> {
  const lines = [`started together: ${await race(false)}`, `first() 20 ms late: ${await race(true)}`];
  try {
    await sleep(-1);
  } catch (error) {
    if (error instanceof RangeError) lines.push(`${error.name}: ${error.message}`);
  }
  return lines;
}
