// expect: violation
// Bug: decides "same host" with startsWith, so http://news.yahoo.com.evil.org/... counts as ours and gets
// fetched (and the pages it links to get crawled). Shows on any site with a look-alike foreign link.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const prefix = 'http://' + (startUrl.split('/')[2] ?? '');
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    const links = await htmlParser.getUrls(url);
    const fresh = links.filter((link) => link.startsWith(prefix) && !visited.has(link));
    for (const link of fresh) visited.add(link);
    await Promise.all([...new Set(fresh)].map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
