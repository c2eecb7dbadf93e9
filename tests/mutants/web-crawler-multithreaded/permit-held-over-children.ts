// expect: deadlock
// Bug: holds its fetch permit while it waits for its children's visits. With a limit of k, once k pages wait
// for children that need a permit, nobody can go on: with concurrency 1 the start page itself holds the only
// permit and its first child waits forever (a deadlock).
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
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    await permits.acquire();
    try {
      const links = await htmlParser.getUrls(url);
      const fresh = links.filter((link) => hostOf(link) === host && !visited.has(link));
      for (const link of fresh) visited.add(link);
      await Promise.all([...new Set(fresh)].map(visit));
    } finally {
      permits.release();
    }
  };
  await visit(startUrl);
  return [...visited];
}
