// expect: violation
// Bug: accepts the concurrency option but never uses it: every known page is fetched at once, so with a
// limit of k more than k fetches are in flight as soon as a page links more than k new pages.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    const links = await htmlParser.getUrls(url);
    const fresh = links.filter((link) => hostOf(link) === host && !visited.has(link));
    for (const link of fresh) visited.add(link);
    await Promise.all([...new Set(fresh)].map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
