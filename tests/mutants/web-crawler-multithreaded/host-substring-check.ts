// expect: violation
// Bug: decides "same host" with includes(), so any foreign URL that contains our host name counts as ours:
// http://news.yahoo.com.evil.org/... and http://evil.org/news.yahoo.com/... are fetched (the first one the
// crawl meets fails the test).
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = startUrl.split('/')[2] ?? '';
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    const links = await htmlParser.getUrls(url);
    const fresh = links.filter((link) => link.includes(host) && !visited.has(link));
    for (const link of fresh) visited.add(link);
    await Promise.all([...new Set(fresh)].map(visit));
  };
  await visit(startUrl);
  return [...visited];
}
