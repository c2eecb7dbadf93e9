// expect: violation
// Bug: checks "not visited yet", then waits for a fetch permit, and only then marks the page visited. Two
// pages that both link X check it while X waits for a permit, so X is fetched twice (with a limit, whenever
// the permits are all taken at that moment).
import { Semaphore } from '@kit';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const permits = new Semaphore(options?.concurrency ?? 1_000_000);
  const visited = new Set<string>();
  const visit = async (url: string): Promise<void> => {
    await permits.acquire();
    visited.add(url);
    let links: string[];
    try {
      links = await htmlParser.getUrls(url);
    } finally {
      permits.release();
    }
    const fresh = [...new Set(links)].filter((link) => hostOf(link) === host && !visited.has(link));
    await Promise.all(fresh.map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
