// Idiom: a concurrent crawl (a dispatcher over plain promises) that also times its fetches with
// `performance.now()`, to report the slowest page when CRAWL_DEBUG is set. The clock is only read and
// reported; no decision depends on it.
import { performance } from 'node:perf_hooks';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

export function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const limit = options?.concurrency ?? Infinity;
  const seen = new Set<string>([startUrl]);
  const queue = [startUrl];
  let inFlight = 0;
  let slowest = { url: startUrl, ms: 0 };
  return new Promise<string[]>((resolve, reject) => {
    const pump = (): void => {
      while (queue.length > 0 && inFlight < limit) {
        const url = queue.shift() as string;
        const startedAt = performance.now();
        inFlight += 1;
        htmlParser.getUrls(url).then((links) => {
          const ms = performance.now() - startedAt;
          if (ms > slowest.ms) slowest = { url, ms };
          for (const link of links) {
            if (hostOf(link) === host && !seen.has(link)) {
              seen.add(link);
              queue.push(link);
            }
          }
          inFlight -= 1;
          pump();
        }, reject);
      }
      if (queue.length === 0 && inFlight === 0) {
        if (process.env.CRAWL_DEBUG !== undefined) console.debug(`slowest page: ${slowest.url} (${slowest.ms.toFixed(1)} ms)`);
        resolve([...seen]);
      }
    };
    pump();
  });
}
