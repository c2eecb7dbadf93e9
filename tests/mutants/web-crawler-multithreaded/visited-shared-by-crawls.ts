// expect: violation
// Bug: the visited set is at module level ("one crawler, one set"), so every crawl in the same process
// shares it: a second crawl of a site (or of pages another crawl already saw) skips those pages and
// returns an incomplete list.
const visited = new Set<string>();
const hostOf = (u: string) => u.split('/')[2];

export async function crawl(
  startUrl: string,
  htmlParser: { getUrls(url: string): Promise<string[]> },
  options?: { concurrency?: number },
): Promise<string[]> {
  const host = hostOf(startUrl);
  const mine: string[] = [];
  let permits = options?.concurrency ?? Infinity;
  const queue: Array<() => void> = [];
  const limited = async <T>(f: () => Promise<T>): Promise<T> => {
    while (permits === 0) await new Promise<void>((r) => queue.push(r));
    permits--;
    try {
      return await f();
    } finally {
      permits++;
      queue.shift()?.();
    }
  };
  const visit = async (url: string): Promise<void> => {
    if (visited.has(url)) return;
    visited.add(url);
    mine.push(url);
    const links = await limited(() => htmlParser.getUrls(url));
    await Promise.all(links.filter((u) => hostOf(u) === host).map(visit));
  };
  await visit(startUrl);
  return mine;
}
