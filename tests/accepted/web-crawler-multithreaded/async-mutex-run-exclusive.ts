// Idiom: recursive visits with `Promise.all`, the fetch alone guarded by an async-mutex Semaphore's
// `runExclusive` when a limit is given (never the wait for the children, which would hold a slot while
// waiting for slots). The visited set is checked and updated in one synchronous step before any await.
import { Semaphore } from 'async-mutex';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const slots = options?.concurrency === undefined ? undefined : new Semaphore(options.concurrency);
  const visited = new Set<string>([startUrl]);
  const linksOf = (url: string): Promise<string[]> =>
    slots === undefined ? htmlParser.getUrls(url) : slots.runExclusive(() => htmlParser.getUrls(url));
  const visit = async (url: string): Promise<void> => {
    const fresh = (await linksOf(url)).filter((link) => {
      if (hostOf(link) !== host || visited.has(link)) return false;
      visited.add(link);
      return true;
    });
    await Promise.all(fresh.map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
