// expect: violation
// Bug: starts the visits of the links but does not await them (fire and forget), so crawl() resolves as soon
// as the start page is fetched, while the other fetches still run, with only the pages found so far.
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
    for (const link of links) {
      if (hostOf(link) === host && !visited.has(link)) {
        visited.add(link);
        void visit(link);
      }
    }
  };
  await visit(startUrl);
  return [...visited];
}
