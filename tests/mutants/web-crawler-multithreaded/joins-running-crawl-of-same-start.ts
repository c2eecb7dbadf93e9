// expect: violation
// Bug: a crawl that starts while another crawl of the same start URL is running joins it ("why crawl the same
// site twice at once?"): it gets a copy of the running crawl's answer and never calls its own parser. Each crawl
// has its own parser and they share nothing, so two parsers may serve two different webs, and even over the
// same web the second answer comes from pages its parser never gave. Two crawls of the same site at once show
// it: the second crawl lists every page without a single getUrls() of its own.
import { Semaphore } from '@kit';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

/** The crawls under way, by start URL. */
const running = new Map<string, Promise<string[]>>();

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  let pages = running.get(startUrl);
  if (pages === undefined) {
    pages = crawlFresh(startUrl, htmlParser, options?.concurrency);
    running.set(startUrl, pages);
  }
  try {
    return [...(await pages)];
  } finally {
    if (running.get(startUrl) === pages) running.delete(startUrl);
  }
}

async function crawlFresh(startUrl: string, htmlParser: HtmlParser, limit: number | undefined): Promise<string[]> {
  const host = hostOf(startUrl);
  const permits = limit === undefined ? undefined : new Semaphore(limit);
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    let links: string[];
    if (permits === undefined) {
      links = await htmlParser.getUrls(url);
    } else {
      await permits.acquire();
      try {
        links = await htmlParser.getUrls(url);
      } finally {
        permits.release();
      }
    }
    const children: Array<Promise<void>> = [];
    for (const link of links) {
      if (hostOf(link) === host && !visited.has(link)) {
        visited.add(link);
        children.push(visit(link));
      }
    }
    await Promise.all(children);
  };
  await visit(startUrl);
  return [...visited];
}
