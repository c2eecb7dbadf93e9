import { Condition } from '@kit';

/**
 * A pool of worker loops sharing a queue of URLs to fetch, coordinated by one condition variable.
 *
 * A worker takes a URL from the queue, fetches it (outside the lock), queues the new links of our host and
 * notifies. When the queue is empty it waits, unless no worker is busy either: then nobody can add work any
 * more, the crawl is over, and it notifies the others so they exit too. Workers are started on demand when
 * queued work outnumbers the idle workers, up to the limit k (no limit: as many as there is work), so at most
 * k fetches are ever in flight and, without a limit, every known page is fetched at once.
 *
 * Invariants (under the lock): each URL enters `seen` and the queue once; `busy` counts workers between taking
 * a URL and queueing its links; the crawl is over exactly when the queue is empty and `busy` is 0.
 */
export interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}

function hostOf(url: string): string {
  return url.split('/')[2] ?? '';
}

export async function crawl(startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }): Promise<string[]> {
  const host = hostOf(startUrl);
  const maxWorkers = options?.concurrency ?? Infinity;
  const changed = new Condition(undefined, 'work changed');
  const seen = new Set<string>([startUrl]);
  const queue: string[] = [startUrl];
  const workers: Promise<void>[] = [];
  let busy = 0;
  let idle = 0;

  const worker = async (): Promise<void> => {
    await changed.acquire();
    try {
      for (;;) {
        idle += 1;
        await changed.waitFor(() => queue.length > 0 || busy === 0);
        idle -= 1;
        const url = queue.shift();
        if (url === undefined) {
          changed.notifyAll(); // the queue is empty and nobody is busy: the crawl is over
          return;
        }
        busy += 1;
        changed.release();
        let links: string[] = [];
        try {
          links = await htmlParser.getUrls(url);
        } finally {
          await changed.acquire();
          busy -= 1;
        }
        for (const link of links) {
          if (hostOf(link) === host && !seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
        // This worker takes one URL itself; idle workers take one each; start workers for the rest.
        let uncovered = queue.length - 1 - idle;
        while (uncovered > 0 && workers.length < maxWorkers) {
          workers.push(worker());
          uncovered -= 1;
        }
        changed.notifyAll();
      }
    } finally {
      changed.release();
    }
  };

  workers.push(worker());
  // The array grows while we wait; only running workers add to it, so when the last one is awaited all are done.
  for (let i = 0; i < workers.length; i++) await workers[i];
  return [...seen];
}
