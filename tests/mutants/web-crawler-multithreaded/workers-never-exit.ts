// expect: deadlock
// Bug: a pool of workers that wait for the queue to be non-empty, with no way to learn that the crawl is
// over. After the last page is fetched every worker waits for work that never comes: a deadlock at the end
// of every crawl.
import { Condition } from '@kit';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const changed = new Condition();
  const seen = new Set<string>([startUrl]);
  const queue = [startUrl];
  const worker = async (): Promise<void> => {
    await changed.acquire();
    try {
      for (;;) {
        await changed.waitFor(() => queue.length > 0);
        const url = queue.shift() as string;
        changed.release();
        const links = await htmlParser.getUrls(url);
        await changed.acquire();
        for (const link of links) {
          if (hostOf(link) === host && !seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
        changed.notifyAll();
      }
    } finally {
      changed.release();
    }
  };
  await Promise.all(Array.from({ length: options?.concurrency ?? 16 }, () => worker()));
  return [...seen];
}
