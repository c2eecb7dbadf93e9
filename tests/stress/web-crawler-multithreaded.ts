import { exportedFunction, type Failure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface HtmlParser {
  getUrls(url: string): Promise<string[]>;
}
type Crawl = (startUrl: string, htmlParser: HtmlParser, options?: { concurrency?: number }) => Promise<string[]>;

interface CrawlParams {
  /** Every page of the web: its links, in page order (duplicates allowed). Pages not listed have no links. */
  readonly pages: Readonly<Record<string, readonly string[]>>;
  /** Virtual ms each fetch takes. */
  readonly latency: Readonly<Record<string, number>>;
  readonly start: string;
  readonly concurrency?: number;
  /** The answer: every page reachable from `start` on its host. */
  readonly expected: readonly string[];
  /** Upper bound on the crawl's virtual time for a concurrent crawl (no limit); undefined: not checked. */
  readonly timeBound?: number;
  /** What a sequential crawl takes (the sum of the fetch times), shown when the bound is missed. */
  readonly sequentialTime: number;
  /** With a limit k: the most fetches in flight that some schedule must reach (a pool really runs k at once). */
  readonly minPeak?: number;
  /** Without a limit, how the options say so: no options (the default), `{}`, or `{ concurrency: undefined }`. */
  readonly noLimit?: 'no options' | 'empty options' | 'concurrency undefined';
  /** A second, independent crawl (another site, its own parser) started at the same time in its own task. */
  readonly alongside?: CrawlParams;
}

/** The hostname: what lies between `http://` and the next `/`. */
function hostOf(url: string): string {
  const rest = url.slice('http://'.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? rest : rest.slice(0, slash);
}

/** Builds a case: computes the expected answer and the time a concurrent crawl may take. */
function makeCase(
  label: string,
  start: string,
  pages: Record<string, string[]>,
  latency: (url: string) => number,
  extra: { concurrency?: number; minPeak?: number; exhaustive?: boolean; schedules?: number; noLimit?: CrawlParams['noLimit'] } = {},
): KataCase<CrawlParams> {
  const host = hostOf(start);
  const lat: Record<string, number> = {};
  const all = new Set<string>([start, ...Object.keys(pages), ...Object.values(pages).flat()]);
  for (const url of all) lat[url] = latency(url);
  // Breadth-first levels on the start's host: a crawl that fetches a whole level at once and waits for its
  // slowest page takes the sum over levels of the slowest fetch; any crawl that starts a page's fetch as soon
  // as a link to it is known is at least as fast.
  const seen = new Set<string>([start]);
  let level = [start];
  let levelTime = 0;
  let depth = 0;
  while (level.length > 0) {
    levelTime += Math.max(...level.map((url) => lat[url] ?? 0));
    depth += 1;
    const next: string[] = [];
    for (const url of level) {
      for (const link of pages[url] ?? []) {
        if (hostOf(link) === host && !seen.has(link)) {
          seen.add(link);
          next.push(link);
        }
      }
    }
    level = next;
  }
  const expected = [...seen].sort();
  const sequentialTime = expected.reduce((sum, url) => sum + (lat[url] ?? 0), 0);
  // Slack: a ms or two per level for a crawl that yields to the event loop (a virtual timer costs 1 ms).
  const bound = levelTime + 2 * depth;
  const unlimited = extra.concurrency === undefined;
  return {
    label,
    exhaustive: extra.exhaustive,
    schedules: extra.schedules,
    params: {
      pages,
      latency: lat,
      start,
      ...(extra.concurrency === undefined ? {} : { concurrency: extra.concurrency }),
      ...(extra.minPeak === undefined ? {} : { minPeak: extra.minPeak }),
      ...(extra.noLimit === undefined ? {} : { noLimit: extra.noLimit }),
      expected,
      ...(unlimited && sequentialTime > bound ? { timeBound: bound } : {}),
      sequentialTime,
    },
  };
}

const HOST = 'http://news.yahoo.com';
const FOREIGN = [
  'http://news.yahoo.com.evil.org',
  'http://news.google.com',
  'http://yahoo.com',
  'http://evil.org/news.yahoo.com',
  'http://news.yahoo.co',
  'http://blog.news.yahoo.com',
];

function handMadeCases(): KataCase<CrawlParams>[] {
  const y = (path: string): string => `${HOST}${path}`;
  const cases: KataCase<CrawlParams>[] = [];
  cases.push(makeCase('one page, no links', HOST, {}, () => 5, { exhaustive: true }));
  cases.push(makeCase('one page linking to itself twice', y('/a'), { [y('/a')]: [y('/a'), y('/a')] }, () => 5, { exhaustive: true }));
  cases.push(
    makeCase(
      'a small site with a cycle and foreign links',
      y('/news/topics/'),
      {
        [y('/news/topics/')]: [y('/news'), 'http://news.google.com', y('/us')],
        [y('/news')]: [y('/news/topics/'), y('/us'), y('/news')],
        [y('/us')]: [y('/news'), 'http://news.yahoo.com.evil.org/us'],
        'http://news.google.com': [y('/secret')],
        'http://news.yahoo.com.evil.org/us': [y('/hidden')],
      },
      (url) => (url.endsWith('/us') ? 3 : 7),
      { exhaustive: true },
    ),
  );
  // Two pages that finish together both link to a slow page: it must be fetched once.
  cases.push(
    makeCase(
      'two pages link the same slow page',
      HOST,
      {
        [HOST]: [y('/a'), y('/b')],
        [y('/a')]: [y('/x'), HOST],
        [y('/b')]: [y('/x'), y('/x')],
        [y('/x')]: [y('/a')],
      },
      (url) => (url.endsWith('/x') ? 20 : 2),
      { exhaustive: true },
    ),
  );
  // Foreign hosts that look like ours, each linking to a page of ours that nothing else links to.
  cases.push(
    makeCase(
      'foreign hosts that share a prefix',
      y('/home'),
      {
        [y('/home')]: [...FOREIGN.map((f) => `${f}/home`), y('/about')],
        [y('/about')]: [y('/home'), 'http://news.yahoo.com.evil.org'],
        ...Object.fromEntries(FOREIGN.map((f, i) => [`${f}/home`, [y(`/only-from-foreign-${i}`)]])),
        'http://news.yahoo.com.evil.org': [y('/only-from-evil')],
      },
      () => 4,
      { exhaustive: true },
    ),
  );
  // A wide site: with a limit of k, a pool must really run k fetches at once (and never more).
  const wide: Record<string, string[]> = { [y('/')]: Array.from({ length: 8 }, (_, i) => y(`/p${i}`)) };
  const wideLatency = (url: string): number => {
    let sum = 0;
    for (let i = 0; i < url.length; i++) sum += url.charCodeAt(i);
    return 3 + (sum % 9);
  };
  for (let i = 0; i < 8; i++) wide[y(`/p${i}`)] = [y(`/q${i % 3}`), y('/')];
  cases.push(makeCase('a wide site, no limit', y('/'), wide, wideLatency, { schedules: 6 }));
  for (const k of [1, 2, 3]) {
    cases.push(makeCase(`a wide site, concurrency ${k}`, y('/'), wide, wideLatency, { concurrency: k, minPeak: k, schedules: 12 }));
  }
  // Options that mean "no limit" in other shapes, and a limit larger than the site.
  const small: Record<string, string[]> = { [y('/')]: [y('/a'), y('/b')], [y('/a')]: [y('/b'), y('/')], [y('/b')]: [y('/c')] };
  cases.push(makeCase('a small site, options {}', y('/'), small, (url) => (url.endsWith('b') ? 6 : 3), { noLimit: 'empty options', schedules: 6 }));
  cases.push(makeCase('a small site, options { concurrency: undefined }', y('/'), small, () => 4, { noLimit: 'concurrency undefined', schedules: 6 }));
  cases.push(makeCase('a small site, concurrency 100 (more than its pages)', y('/'), small, () => 4, { concurrency: 100, minPeak: 2, schedules: 6 }));
  // Another host: news.yahoo.com is foreign here, and its pages link back.
  const blog = (path: string): string => `http://blog.news.yahoo.com${path}`;
  cases.push(
    makeCase(
      'the start on another host, blog.news.yahoo.com, linked with news.yahoo.com',
      blog('/'),
      {
        [blog('/')]: [y('/'), blog('/2024'), 'http://news.yahoo.com', blog('/')],
        [blog('/2024')]: [blog('/'), y('/news'), blog('/2024/05')],
        [y('/')]: [blog('/only-from-news')],
        'http://news.yahoo.com': [blog('/only-from-news')],
        [blog('/2024/05')]: [],
      },
      (url) => (url.length % 4) + 2,
      { exhaustive: true },
    ),
  );
  // Two crawls at once, each with its own parser and site: nothing may be shared between them.
  const first = makeCase('', y('/'), small, () => 3);
  const second = makeCase('', blog('/'), { [blog('/')]: [blog('/x'), y('/')], [blog('/x')]: [blog('/'), blog('/y')] }, () => 2, { concurrency: 1 });
  cases.push({ label: 'two crawls at the same time, of news.yahoo.com and of blog.news.yahoo.com (limit 1)', params: { ...first.params, alongside: second.params }, schedules: 10 });
  // The same site twice at once: state kept outside the call (a visited set at module level) is shared.
  cases.push({ label: 'two crawls of the same site at the same time', params: { ...first.params, alongside: first.params }, schedules: 10 });
  // A long chain: depth dominates.
  const chain: Record<string, string[]> = {};
  for (let i = 0; i < 12; i++) chain[y(`/c${i}`)] = [y(`/c${i + 1}`), y(`/c${Math.max(0, i - 2)}`)];
  cases.push(makeCase('a chain of 13 pages', y('/c0'), chain, () => 3, { exhaustive: true }));
  // An address and the same address with a slash at the end are two pages, with different links.
  cases.push(
    makeCase(
      'pages with and without a trailing slash: /a and /a/, news.yahoo.com and news.yahoo.com/',
      HOST,
      {
        [HOST]: [y('/a/'), y('/'), y('/a')],
        [y('/')]: [HOST, y('/from-slash')],
        [y('/a')]: [y('/b'), y('/a/')],
        [y('/a/')]: [y('/c')],
      },
      (url) => (url.endsWith('/') ? 4 : 3),
      { schedules: 20 },
    ),
  );
  // A star wider than any pool size a crawler might pick for itself: without a limit, all 32 at once.
  const star: Record<string, string[]> = { [y('/')]: Array.from({ length: 32 }, (_, i) => y(`/s${i}`)) };
  for (let i = 0; i < 32; i++) star[y(`/s${i}`)] = [y('/'), y(`/s${(i + 1) % 32}`)];
  cases.push(makeCase('a star of 32 pages, no limit', y('/'), star, (url) => (url === y('/') ? 2 : 10), { schedules: 20 }));
  // Two crawls from the same start at once, over two different webs: each must fetch through its own parser.
  const otherWeb = makeCase('', y('/'), { [y('/')]: [y('/b'), y('/c')], [y('/c')]: [y('/d'), y('/')] }, () => 2);
  cases.push({ label: 'two crawls from the same start at the same time, over two different webs', params: { ...first.params, alongside: otherWeb.params }, schedules: 20 });
  return cases;
}

/**
 * A random site: a random tree of pages (so depth grows like log n) plus random extra links that make cycles,
 * self-links and repeated links, links to foreign hosts, and pages of ours linked only from foreign pages.
 */
function randomCase(rng: Rng, index: number): KataCase<CrawlParams> {
  const y = (path: string): string => `${HOST}${path}`;
  const n = rng.int(4, 24);
  const ours = Array.from({ length: n }, (_, i) => (i === 0 ? HOST : y(`/${rng.pick(['news', 'us', 'world', 'tech'])}/${i}`)));
  const foreign = FOREIGN.map((f, i) => `${f}/${i}`);
  const links: string[][] = ours.map(() => []);
  for (let i = 1; i < n; i++) links[rng.int(0, i - 1)]?.push(ours[i] as string);
  for (const [i, url] of ours.entries()) {
    const list = links[i] as string[];
    for (let extra = rng.int(0, 2); extra > 0; extra--) list.push(rng.pick(ours));
    if (rng.chance(0.25)) list.push(url);
    if (rng.chance(0.3) && list.length > 0) list.push(rng.pick(list));
    if (rng.chance(0.4)) list.push(rng.pick(foreign));
  }
  const pages: Record<string, string[]> = {};
  for (const [i, url] of ours.entries()) pages[url] = rng.shuffle(links[i] as string[]);
  for (const f of foreign) pages[f] = [y(`/only-from-foreign/${index}`), rng.pick(ours)];
  const latencies = new Map<string, number>();
  const spread = rng.pick([3, 10, 20]);
  const latency = (url: string): number => {
    let ms = latencies.get(url);
    if (ms === undefined) {
      ms = rng.int(1, spread);
      latencies.set(url, ms);
    }
    return ms;
  };
  const limited = rng.chance(0.35);
  return makeCase(
    `random site #${index} (${n} pages${limited ? '' : ', no limit'})`,
    HOST,
    pages,
    latency,
    { schedules: 3, ...(limited ? { concurrency: rng.int(1, 4) } : {}) },
  );
}

/**
 * Web Crawler Multithreaded: one task calls crawl(); the crawler's own concurrency (Promise.all, worker pools)
 * overlaps the fetches, whose virtual latencies differ per page and per case, so completion orders vary.
 * The fake parser checks each fetch as it happens: our host only, each page once, at most k in flight.
 */
export const spec: KataSpec<Crawl, CrawlParams> = {
  slug: 'web-crawler-multithreaded',
  load: (exports) => exportedFunction<Crawl>(exports, 'crawl'),
  cases(rng) {
    const cases = handMadeCases();
    for (let i = 1; i <= 40; i++) cases.push(randomCase(rng, i));
    return cases;
  },
  scenario(crawl, params, ctx) {
    const main = runCrawl(crawl, params, 'crawl', ctx);
    const other = params.alongside === undefined ? undefined : runCrawl(crawl, params.alongside, 'second crawl', ctx);
    return {
      check: () => main.check() ?? other?.check(),
      observe: () => main.peak(),
    };
  },
  across(peaks, params) {
    if (params.minPeak === undefined || peaks.length === 0) return undefined;
    const most = Math.max(...peaks);
    return most >= params.minPeak
      ? undefined
      : {
          message: `with concurrency ${params.concurrency ?? '?'} the crawler never ran more than ${most} fetch${most > 1 ? 'es' : ''} at once, although the start page links ${params.minPeak} or more new pages`,
          expected: `${params.minPeak} fetches in flight at some moment`,
          actual: `at most ${most}`,
        };
  },
};

/** The options crawl() gets: the limit, or one of the shapes that mean no limit. */
function optionsFor(params: CrawlParams): { concurrency?: number } | undefined {
  if (params.concurrency !== undefined) return { concurrency: params.concurrency };
  switch (params.noLimit) {
    case 'empty options':
      return {};
    case 'concurrency undefined':
      return { concurrency: undefined };
    default:
      return undefined;
  }
}

/** Starts one crawl in a task named `task`, with its own fake parser that checks each fetch as it happens. */
function runCrawl(crawl: Crawl, params: CrawlParams, task: string, ctx: ScenarioContext): { check(): Failure | undefined; peak(): number } {
  const host = hostOf(params.start);
  const fetched = new Set<string>();
  let inFlight = 0;
  let peak = 0;
  let result: string[] | undefined;
  let elapsed = 0;
  let resultFailure: Failure | undefined;
  const parser: HtmlParser = {
    async getUrls(url: unknown): Promise<string[]> {
      if (typeof url !== 'string' || hostOf(url) !== host) {
        ctx.fail({
          message: `the crawler fetched ${String(url)}, which is not on ${host}`,
          expected: `only pages whose hostname is exactly ${host}`,
          actual: `getUrls(${JSON.stringify(url)})`,
        });
        return [];
      }
      if (fetched.has(url)) {
        ctx.fail({ message: `the crawler fetched ${url} a second time`, expected: 'each page fetched once', actual: `a second getUrls(${url})` });
        return [];
      }
      fetched.add(url);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      const limit = params.concurrency;
      if (limit !== undefined && inFlight > limit) {
        ctx.fail({
          message: `the crawler had ${inFlight} fetches in flight with a limit of ${limit}`,
          expected: `at most ${limit} fetches at once`,
          actual: `${inFlight} at once when it started ${url}`,
        });
      }
      ctx.note(`fetch ${url} (${inFlight} in flight)`);
      try {
        await ctx.activity(`fetch ${url}`, params.latency[url] ?? 1);
      } finally {
        inFlight -= 1;
      }
      return [...(params.pages[url] ?? [])];
    },
  };
  ctx.spawn(task, async () => {
    const started = ctx.now();
    const options = optionsFor(params);
    const returned: unknown = await crawl(params.start, parser, options);
    elapsed = ctx.now() - started;
    if (!Array.isArray(returned)) {
      resultFailure = { message: 'crawl() must resolve to an array of URLs', actual: String(returned) };
      return;
    }
    const strange: unknown[] = returned.filter((url) => typeof url !== 'string');
    if (strange.length > 0) {
      resultFailure = { message: `crawl() must resolve to an array of URL strings, but it holds ${String(strange[0])} (a ${typeof strange[0]})` };
      return;
    }
    result = returned as string[];
    if (inFlight > 0) {
      resultFailure = {
        message: `crawl() resolved while ${inFlight} fetch${inFlight > 1 ? 'es were' : ' was'} still in flight`,
        expected: 'crawl() resolves after its last fetch finished',
        actual: `${inFlight} fetches still running at t=${ctx.now()}`,
      };
    }
    ctx.output(`crawled ${result.length} pages in ${elapsed} ms`);
  });
  return {
    check(): Failure | undefined {
      if (resultFailure !== undefined) return resultFailure;
      const got = result ?? [];
      const expected = params.expected;
      const counted = new Set(got);
      // With two crawls at once, say which one failed.
      const who = task === 'crawl' ? 'crawl()' : `the ${task}'s crawl()`;
      if (counted.size !== got.length) {
        const twice = got.find((url, i) => got.indexOf(url) !== i);
        return { message: `${who} listed ${String(twice)} more than once`, expected: expected.join('\n'), actual: [...got].sort().join('\n') };
      }
      const missing = expected.filter((url) => !counted.has(url));
      const extra = got.filter((url) => !expected.includes(url));
      if (missing.length > 0 || extra.length > 0) {
        const why = [
          missing.length > 0 ? `missed ${missing.join(', ')}` : '',
          extra.length > 0 ? `wrongly included ${extra.join(', ')}` : '',
        ].filter((s) => s !== '').join(' and ');
        return { message: `${who} returned the wrong set of URLs: it ${why}`, expected: expected.join('\n'), actual: [...got].sort().join('\n') };
      }
      // Only this crawl's parser can tell it what a page links to: a page it never fetched through it was
      // taken from somewhere else (another crawl's parser, or a result kept from another crawl).
      const unfetched = got.filter((url) => !fetched.has(url));
      if (unfetched.length > 0) {
        return {
          message: `${who} listed ${unfetched.join(', ')} without fetching ${unfetched.length > 1 ? 'them' : 'it'} through its own parser, so it cannot know ${unfetched.length > 1 ? 'their' : 'its'} links: several crawls at once share nothing`,
          expected: `getUrls() called on this crawl's own parser for each of its ${expected.length} pages`,
          actual: `${fetched.size} of them fetched through it; never ${unfetched.join(', ')}`,
        };
      }
      if (params.timeBound !== undefined && elapsed > params.timeBound) {
        return {
          message: `the crawl took ${elapsed} virtual ms, so its fetches did not overlap: fetching every newly found page at once takes at most ${params.timeBound} ms here (one at a time: ${params.sequentialTime} ms)`,
          expected: `at most ${params.timeBound} ms`,
          actual: `${elapsed} ms`,
        };
      }
      return undefined;
    },
    peak: () => peak,
  };
}

export default spec;
