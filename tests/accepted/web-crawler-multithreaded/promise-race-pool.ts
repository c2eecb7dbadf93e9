// Idiom: the classic promise pool. Discovered URLs wait in a queue; fetches in flight are kept in a Set, and
// when the Set is full the dispatcher waits with `Promise.race` for any of them to finish. Each fetch claims
// its new links synchronously when it ends, so every page is fetched once; the loop ends only when the queue
// and the Set are both empty.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  const rest = url.slice('http://'.length);
  const slash = rest.indexOf('/');
  return slash === -1 ? rest : rest.slice(0, slash);
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const limit = options?.concurrency ?? Infinity;
  const seen = new Set<string>([startUrl]);
  const queue = [startUrl];
  const inFlight = new Set<Promise<void>>();
  while (queue.length > 0 || inFlight.size > 0) {
    while (queue.length > 0 && inFlight.size < limit) {
      const url = queue.shift() as string;
      const fetched: Promise<void> = htmlParser.getUrls(url).then((links) => {
        for (const link of links) {
          if (hostOf(link) === host && !seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
        inFlight.delete(fetched);
      });
      inFlight.add(fetched);
    }
    if (inFlight.size > 0) await Promise.race(inFlight);
  }
  return [...seen];
}
