/** A slow load, e.g. reading a file or calling a service. */
const load = async (key: string): Promise<string> => {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return `value of ${key}`;
};

export async function main(): Promise<string[]> {
  const lines: string[] = [];

  // Racy: the check and the write are separated by an await, so both callers see a miss.
  let loads = 0;
  const cache = new Map<string, string>();
  const getRacy = async (key: string): Promise<string> => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    loads += 1;
    const value = await load(key);
    cache.set(key, value);
    return value;
  };
  await Promise.all([getRacy('config'), getRacy('config')]);
  lines.push(`check, await, then act: ${loads} loads`);

  // Safe: claim the key in the same synchronous step as the check, before any await.
  loads = 0;
  const pending = new Map<string, Promise<string>>();
  const get = (key: string): Promise<string> => {
    let entry = pending.get(key);
    if (entry === undefined) {
      loads += 1;
      entry = load(key);
      pending.set(key, entry);
    }
    return entry;
  };
  await Promise.all([get('config'), get('config')]);
  lines.push(`check and act in one step: ${loads} load`);
  return lines;
}
