// expect: violation
// Bug: "/a" and "/a/" are taken for the same page: links are claimed in the visited set by their address with
// any trailing slash cut off, and the answer lists the spelling met first. In this web they are two addresses,
// each with its own links, so whichever of the two is met second is never fetched nor listed, nor is what only
// it links to. The site whose start page links /a/, news.yahoo.com/ and /a shows it in every schedule: /a,
// news.yahoo.com/ (the start without its slash is the same key) and what they link are missing.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

/** The key a page is claimed under: its address without the slash at the end. */
function canonical(url: string): string {
  return url.replace(/\/+$/, '');
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const limit = options?.concurrency ?? Infinity;
  const claimed = new Map<string, string>([[canonical(startUrl), startUrl]]);
  const waiting: string[] = [startUrl];
  let running = 0;

  return new Promise<string[]>((resolve, reject) => {
    const startMore = (): void => {
      while (waiting.length > 0 && running < limit) {
        const url = waiting.shift() as string;
        running += 1;
        htmlParser.getUrls(url).then((links) => {
          running -= 1;
          for (const link of links) {
            const key = canonical(link);
            if (hostOf(link) !== host || claimed.has(key)) continue;
            claimed.set(key, link);
            waiting.push(link);
          }
          startMore();
        }, reject);
      }
      if (waiting.length === 0 && running === 0) resolve([...claimed.values()]);
    };
    startMore();
  });
}
