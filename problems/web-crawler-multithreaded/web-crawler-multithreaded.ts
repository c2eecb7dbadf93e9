import { BoundedSemaphore, Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/** The fake web's parser: fetching a page takes time, so getUrls is async. */
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

/**
 * Implement crawl(): resolve to every URL reachable from `startUrl` whose hostname is the same as the start
 * URL's, in any order. Fetch each page at most once, overlap the fetches, never fetch a page of another host,
 * and with `options.concurrency = k` never have more than k getUrls() calls in flight.
 */
export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  return notImplemented('crawl');
}
