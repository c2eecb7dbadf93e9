// expect: violation
// Bug: the concurrency limit is a hand-made limiter whose run() waits with `if` instead of `while`. A fetch
// that finishes frees a slot and wakes a waiting fetch, which resumes only a tick later; a fetch started in
// between (a link found by another page finishing at the same time) takes the slot, the woken one starts too,
// and k + 1 fetches are in flight.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await job();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const limiter = new Limiter(options?.concurrency ?? Infinity);
  const visited = new Set<string>([startUrl]);
  const visit = async (url: string): Promise<void> => {
    const links = await limiter.run(() => htmlParser.getUrls(url));
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
