// expect: violation
// Bug: crawls level by level and filters each level's links against the pages already visited, but not
// against each other: when two pages of one level link the same new page, it is fetched twice.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const visited = new Set<string>([startUrl]);
  let level = [startUrl];
  while (level.length > 0) {
    const pages = await Promise.all(level.map((url) => htmlParser.getUrls(url)));
    const next: string[] = [];
    for (const links of pages) {
      next.push(...new Set(links.filter((link) => hostOf(link) === host && !visited.has(link))));
    }
    for (const url of next) visited.add(url);
    level = next;
  }
  return [...visited];
}
