// expect: violation
// Bug: marks a page visited only once its fetch finished. When two pages that finish early both link a page
// whose fetch is still running (or not yet done), both start it: the page is fetched twice.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const visited = new Set<string>();
  const visit = async (url: string): Promise<void> => {
    const links = await htmlParser.getUrls(url);
    visited.add(url);
    const fresh = [...new Set(links)].filter((link) => hostOf(link) === host && !visited.has(link) && link !== url);
    await Promise.all(fresh.map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
