import { Semaphore, sleep } from '@kit';

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  const slots = new Semaphore(2, 'download slots');
  let running = 0;

  const download = async (file: string): Promise<void> => {
    await slots.acquire();
    try {
      running += 1;
      lines.push(`${file} starts (${running} running)`);
      await sleep(5);
      running -= 1;
      lines.push(`${file} ends`);
    } finally {
      slots.release(); // handed straight to the longest waiter, if any
    }
  };

  await Promise.all(['a', 'b', 'c', 'd'].map(download));
  lines.push(`permits left: ${slots.value}`);
  return lines;
}
