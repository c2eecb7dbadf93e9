// expect: violation
// Bug: "skips slow pages": each fetch is raced against a 3-second timer and a page that takes longer is treated
// as having no links. The fetch is not cancelled, only abandoned: crawl() can resolve while it is still in
// flight, and the pages only that page links to are missing from the answer.
import { Semaphore } from 'async-mutex';
import { setTimeout as sleep } from 'node:timers/promises';

export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const slots = options?.concurrency === undefined ? undefined : new Semaphore(options.concurrency);
  const fetchLinks = (url: string): Promise<string[]> =>
    slots === undefined ? htmlParser.getUrls(url) : slots.runExclusive(() => htmlParser.getUrls(url));
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    const links = await Promise.race([fetchLinks(url), sleep(3000).then((): string[] => [])]);
    const fresh: string[] = [];
    for (const link of links) {
      if (hostOf(link) === host && !visited.has(link)) {
        visited.add(link);
        fresh.push(link);
      }
    }
    await Promise.all(fresh.map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
