// Idiom: a pool of workers (k of them, or one per page found when there is no limit) that each consume URLs
// with `for await` from one shared async-iterable work list. The iterator ends for everyone once nothing is
// queued and nothing is being fetched; a worker that finds the list empty while fetches run waits for them.
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

class WorkList implements AsyncIterable<string> {
  private readonly queue: string[] = [];
  private busy = 0;
  private waiting: Array<() => void> = [];

  add(url: string): void {
    this.queue.push(url);
    this.wakeAll();
  }

  /** A worker finished the URL it took. */
  finished(): void {
    this.busy -= 1;
    this.wakeAll();
  }

  private wakeAll(): void {
    const woken = this.waiting;
    this.waiting = [];
    for (const wake of woken) wake();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for (;;) {
      const url = this.queue.shift();
      if (url !== undefined) {
        this.busy += 1;
        yield url;
      } else if (this.busy === 0) {
        return;
      } else {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
    }
  }
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const visited = new Set<string>([startUrl]);
  const work = new WorkList();
  const workers: Array<Promise<void>> = [];
  const startWorker = (): void => {
    workers.push(
      (async () => {
        for await (const url of work) {
          try {
            for (const link of await htmlParser.getUrls(url)) {
              if (hostOf(link) === host && !visited.has(link)) {
                visited.add(link);
                work.add(link);
                if (options?.concurrency === undefined) startWorker();
              }
            }
          } finally {
            work.finished();
          }
        }
      })(),
    );
  };
  work.add(startUrl);
  const poolSize = options?.concurrency ?? 1;
  for (let i = 0; i < poolSize; i++) startWorker();
  // Workers may be added while we wait: wait until the list of workers stops growing.
  for (let settled = 0; settled < workers.length; settled = workers.length) await Promise.all(workers);
  return [...visited];
}
