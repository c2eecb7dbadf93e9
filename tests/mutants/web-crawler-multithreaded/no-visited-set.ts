// expect: violation
// Bug: no record of visited pages, only "not the page I came from". A cycle longer than one link (or two
// pages linking the same page) makes it fetch a page again; on a cyclic site it would never stop.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const found = new Set<string>([startUrl]);
  const visit = async (url: string, from: string | undefined): Promise<void> => {
    const links = await htmlParser.getUrls(url);
    const next = [...new Set(links)].filter((link) => hostOf(link) === host && link !== url && link !== from);
    for (const link of next) found.add(link);
    await Promise.all(next.map((link) => visit(link, url)));
  };
  await visit(startUrl, undefined);
  return [...found];
}
