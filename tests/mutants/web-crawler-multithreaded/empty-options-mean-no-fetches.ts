// expect: deadlock
// Bug: reads the limit as `options ? options.concurrency : Infinity`. With no options at all that is
// Infinity, and with `{ concurrency: k }` it is k, but with `{}` (options given, no limit in them) it is
// undefined, and `inFlight < undefined` is false: not even the start page is fetched, the queue never
// empties, and the promise crawl() returned never settles.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

export function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const limit = options ? (options.concurrency as number) : Infinity;
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
