import { Semaphore } from '@kit';

/**
 * Recursive fan-out with Promise.all, throttled by a semaphore.
 *
 * Each page is visited by its own promise chain: fetch it, keep the links on our host that nobody claimed
 * yet, claim them, and visit them all at once. The claim (`visited.add`) happens in the same synchronous step
 * as the check, before any await, so two pages that link the same URL cannot both claim it: each URL is
 * fetched exactly once. A visit resolves only after its children's visits resolved, so crawl() resolves after
 * the last fetch. With a limit, a Semaphore of k permits is held around each fetch (and only the fetch: a chain
 * that held its permit while waiting for its children would starve them and deadlock).
 *
 * Invariant: every URL in `visited` has exactly one chain that fetches it or has fetched it.
 */
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

/** What lies between `http://` and the next `/`. */
function hostOf(url: string): string {
  const rest = url.slice('http://'.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? rest : rest.slice(0, slash);
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const limit = options?.concurrency;
  const permits = limit === undefined ? undefined : new Semaphore(limit, 'fetches');
  const visited = new Set<string>([startUrl]);

  const fetchLinks = async (url: string): Promise<string[]> => {
    if (permits === undefined) return htmlParser.getUrls(url);
    await permits.acquire();
    try {
      return await htmlParser.getUrls(url);
    } finally {
      permits.release();
    }
  };

  const visit = async (url: string): Promise<void> => {
    const links = await fetchLinks(url);
    const fresh: string[] = [];
    for (const link of links) {
      if (hostOf(link) === host && !visited.has(link)) {
        visited.add(link); // claimed before any await: nobody else will fetch it
        fresh.push(link);
      }
    }
    await Promise.all(fresh.map(visit));
  };

  await visit(startUrl);
  return [...visited];
}
