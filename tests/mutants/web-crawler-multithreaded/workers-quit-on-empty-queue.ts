// expect: violation
// Bug: a pool of workers where a worker quits as soon as the queue is empty, even though another worker is
// still fetching a page that may add links. After the first fetch only one worker is left alive (or none),
// so the crawl either misses pages or loses its concurrency: the start page alone empties the queue and the
// other workers have already quit.
import { Lock } from '@kit';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const lock = new Lock();
  const seen = new Set<string>([startUrl]);
  const queue = [startUrl];
  const worker = async (): Promise<void> => {
    for (;;) {
      await lock.acquire();
      const url = queue.shift();
      lock.release();
      if (url === undefined) return;
      for (const link of await htmlParser.getUrls(url)) {
        if (hostOf(link) === host && !seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
  };
  const k = options?.concurrency ?? 8;
  await Promise.all(Array.from({ length: k }, () => worker()));
  return [...seen];
}
