// expect: violation
// Bug: chooses between the unlimited crawl and a pool of workers by whether `options` was passed at all, not by
// whether it holds a `concurrency`. `crawl(start, parser, {})` is a call without a limit, but it takes the pool
// branch with `undefined` workers: the loop that starts them runs zero times, and the crawl returns the start
// page alone.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

async function crawlAtOnce(startUrl: string, htmlParser: HtmlParser): Promise<string[]> {
  const host = hostOf(startUrl);
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    const links = await htmlParser.getUrls(url);
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

/** k workers share one queue; an idle worker waits until a fetch ends, and all stop once nothing is left. */
async function crawlWithWorkers(startUrl: string, htmlParser: HtmlParser, workers: number): Promise<string[]> {
  const host = hostOf(startUrl);
  const visited = new Set<string>([startUrl]);
  const queue = [startUrl];
  let busy = 0;
  let idle: Array<() => void> = [];
  const wakeAll = (): void => {
    const woken = idle;
    idle = [];
    for (const wake of woken) wake();
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        if (busy === 0) return;
        await new Promise<void>((resolve) => idle.push(resolve));
        continue;
      }
      busy += 1;
      const links = await htmlParser.getUrls(url);
      busy -= 1;
      for (const link of links) {
        if (hostOf(link) === host && !visited.has(link)) {
          visited.add(link);
          queue.push(link);
        }
      }
      wakeAll();
    }
  };
  const pool: Array<Promise<void>> = [];
  for (let i = 0; i < workers; i++) pool.push(worker());
  await Promise.all(pool);
  return [...visited];
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  if (options === undefined) return crawlAtOnce(startUrl, htmlParser);
  return crawlWithWorkers(startUrl, htmlParser, options.concurrency as number);
}
