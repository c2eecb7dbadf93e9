// expect: violation
// Bug: the visited set lives at module level and is cleared at the start of every crawl. One crawl at a time
// is fine, but two crawls running at once share it: the second clears the first's record, so the first
// fetches pages again and returns pages of the other crawl, or misses its own.
import { Semaphore } from 'async-mutex';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

const visited = new Set<string>();

function hostOf(url: string): string {
  return new URL(url).hostname;
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const slots = options?.concurrency === undefined ? undefined : new Semaphore(options.concurrency);
  const fetchLinks = (url: string): Promise<string[]> =>
    slots === undefined ? htmlParser.getUrls(url) : slots.runExclusive(() => htmlParser.getUrls(url));
  visited.clear();
  visited.add(startUrl);
  const visit = async (url: string): Promise<void> => {
    const links = await fetchLinks(url);
    const fresh: string[] = [];
    for (const link of links) {
      if (hostOf(link) === host && !visited.has(link)) {
        visited.add(link);
        fresh.push(link);
      }
    }
    await Promise.all(fresh.map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
