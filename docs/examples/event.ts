import { Event } from '@kit';

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  const loaded = new Event('config loaded');

  // A set() before anyone waits is remembered: the wait passes at once.
  loaded.set();
  await loaded.wait();
  lines.push('a wait after set() passes at once');

  // After clear(), waiters block until the next set(), which wakes all of them.
  loaded.clear();
  const readers = ['a', 'b', 'c'].map(async (name) => {
    await loaded.wait();
    lines.push(`${name} woke up`);
  });
  lines.push(`isSet() before set: ${loaded.isSet()}`);
  loaded.set();
  await Promise.all(readers);
  return lines;
}
