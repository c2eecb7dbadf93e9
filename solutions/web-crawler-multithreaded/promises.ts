/**
 * A dispatcher with plain promises: a queue of URLs waiting for a fetch slot, a count of fetches in flight,
 * and one promise that resolves when both are empty.
 *
 * `launch` starts fetches while there is work and a free slot (the limit, or no limit). Each fetch, when it
 * finishes, claims its new links of our host in the same synchronous step as it checks them (so each URL is
 * fetched once), frees its slot and calls `launch` again. Nothing awaits between the check "queue empty and
 * nothing in flight" and resolving, so the crawl cannot end early or hang.
 *
 * Invariant: every URL in `seen` is either queued, in flight, or done; `inFlight` never exceeds the limit.
 */
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
  const queue: string[] = [startUrl];
  let inFlight = 0;

  return new Promise<string[]>((resolve, reject) => {
    const launch = (): void => {
      while (queue.length > 0 && inFlight < limit) {
        const url = queue.shift() as string;
        inFlight += 1;
        htmlParser.getUrls(url).then((links) => {
          for (const link of links) {
            if (hostOf(link) === host && !seen.has(link)) {
              seen.add(link);
              queue.push(link);
            }
          }
          inFlight -= 1;
          launch();
        }, reject);
      }
      if (queue.length === 0 && inFlight === 0) resolve([...seen]);
    };
    launch();
  });
}
