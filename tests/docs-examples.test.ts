import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../src/catalog';
import { main as asyncMutex } from '../docs/examples/async-mutex';
import { main as barrier } from '../docs/examples/barrier';
import { main as boundedSemaphore } from '../docs/examples/bounded-semaphore';
import { main as checkThenAct } from '../docs/examples/check-then-act';
import { main as condition } from '../docs/examples/condition';
import { main as eagerStart } from '../docs/examples/eager-start';
import { main as event } from '../docs/examples/event';
import { main as exploreLostUpdate } from '../docs/examples/explore-lost-update';
import { main as lock } from '../docs/examples/lock';
import { main as noRlock } from '../docs/examples/no-rlock';
import { main as plainPromises } from '../docs/examples/plain-promises';
import { main as semaphore } from '../docs/examples/semaphore';
import { main as slowEnvironment } from '../docs/examples/slow-environment';
import { main as sleep } from '../docs/examples/sleep';
import { main as waitQueue } from '../docs/examples/wait-queue';
import { main as workerThreads } from '../docs/examples/worker-threads';

/**
 * The code in the docs is real code: every example lives in docs/examples/<name>.ts, compiles with the rest
 * of the repository, and exports `main()` returning what it "prints". This test runs each example and
 * compares its lines with the ones stated here, and checks that every block the markdown marks with
 * `<!-- example: docs/examples/<name>.ts -->` is the file's exact content, so the docs cannot drift.
 */

const mains: Record<string, () => Promise<string[]>> = {
  'lock.ts': lock,
  'semaphore.ts': semaphore,
  'bounded-semaphore.ts': boundedSemaphore,
  'event.ts': event,
  'condition.ts': condition,
  'barrier.ts': barrier,
  'sleep.ts': sleep,
  'wait-queue.ts': waitQueue,
  'async-mutex.ts': asyncMutex,
  'plain-promises.ts': plainPromises,
  'eager-start.ts': eagerStart,
  'check-then-act.ts': checkThenAct,
  'no-rlock.ts': noRlock,
  'worker-threads.ts': workerThreads,
  'explore-lost-update.ts': exploreLostUpdate,
  'slow-environment.ts': slowEnvironment,
};

const expected: Record<string, readonly string[]> = {
  'lock.ts': ['without a lock: 120', 'with a lock: 130', 'UsageError: release() of account, which is not locked'],
  'semaphore.ts': [
    'a starts (1 running)',
    'b starts (2 running)',
    'a ends',
    'c starts (2 running)',
    'b ends',
    'd starts (2 running)',
    'c ends',
    'd ends',
    'permits left: 2',
  ],
  'bounded-semaphore.ts': [
    'UsageError: connections released too many times (bound 2)',
    'a plain Semaphore now has 3 permits',
    'RangeError: Semaphore value must be a whole number >= 0, got -1',
  ],
  'event.ts': ['a wait after set() passes at once', 'isSet() before set: false', 'a woke up', 'b woke up', 'c woke up'],
  'condition.ts': [
    'delivery 1: stock 1',
    'bob buys 1, 0 left',
    'delivery 2: stock 1',
    'delivery 3: stock 2',
    'ann buys 2, 0 left',
    'UsageError: notifyAll() on stock changed without holding its lock',
  ],
  'barrier.ts': [
    'lap 1: ann arrived last and opened the barrier',
    'lap 2: ann arrived last and opened the barrier',
    'waiting at the pair barrier: 1',
    'waiter: pair was aborted',
    'later wait: pair is broken',
    'after reset, broken: false',
  ],
  'sleep.ts': [
    'started together: first then second',
    'first() 20 ms late: second then first',
    'RangeError: sleep() needs a duration >= 0, got -1',
  ],
  'wait-queue.ts': [
    'impatient: opened in time? false',
    'db is up',
    'cache is up',
    'queue is up',
    'patient: all three services are up',
  ],
  'async-mutex.ts': [
    'visits: 3',
    'tryAcquire while held: mutex already locked',
    'acquired when the value was 2; now 1',
    'after giving back: 2',
  ],
  'plain-promises.ts': [
    'a passed the gate',
    'b passed the gate',
    'Promise.all: slow, fast',
    'allSettled: fulfilled, rejected',
    'race: fast',
  ],
  'eager-start.ts': [
    'task: runs at once, up to its first await',
    'caller: continues once the task reached its await',
    'task: resumes after the caller gave up control',
  ],
  'check-then-act.ts': ['check, await, then act: 2 loads', 'check and act in one step: 1 load'],
  'no-rlock.ts': ['apples: 5, pears: 1', 'nested acquire: the inner acquire is still waiting'],
  'worker-threads.ts': ['worker 1: 500500', 'worker 2: 5000050000'],
  'explore-lost-update.ts': [
    'without a lock: an update was lost (expected: 2, actual: 1)',
    'found by the exhaustive search after 2 schedules; preemptions: 1',
    'replay: c0.s1:1.hdhkd',
    'with a lock: passed, all 6 interleavings',
  ],
  'slow-environment.ts': [
    'no timeout: passed, all 3 interleavings',
    'a 5000 ms timeout: the dish was served raw, found after 2 schedules',
    'replay: c0.s3:1.h5tnj',
    '     │ cook                │ waiter              │ output',
    '─────┼─────────────────────┼─────────────────────┼─────────────',
    '   1 │ ▶ starts            │                     │',
    '   2 │ ▶ cook              │                     │',
    '   3 │ ⏸ sleep 10ms (unti… │                     │',
    '   4 │                     │ ▶ starts            │',
    '   5 │                     │ ⏸ wait dish ready   │',
    '   6 │                     │ ⏸ sleep 5000ms (un… │',
    '   7   ── t=5000ms ──',
    '   8 │                     │ ↑ woken by a timer  │',
    '   9 │                     │ ▶ continues         │',
    '  10 │                     │ ✎ raw at 00:00:05   │ raw at 00:00:05',
    '  11 │                     │ ✓ done              │',
    '  12   ── t=5001ms ──',
    '  13 │ ↑ woken by a timer  │                     │',
    '  14 │ ▶ continues         │                     │',
    '  15 │                     │ ↑ woken by cook     │',
    '  16 │ ✓ done              │                     │',
    '  17 │                     │ ▶ continues         │',
  ],
};

const examplesDir = join(repoRoot, 'docs', 'examples');
const exampleFiles = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.ts'))
  .sort();

describe('docs examples run and print what the test states', () => {
  test('every example file is run here with expected lines, and nothing else', () => {
    expect(exampleFiles).toEqual(Object.keys(expected).sort());
    expect(Object.keys(mains).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.keys(expected))('%s', async (name) => {
    const main = mains[name];
    expect(main).toBeDefined();
    expect(await main?.()).toEqual(expected[name]);
  });
});

/** Every markdown file under docs/, recursively, and the top-level README. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

interface MarkedBlock {
  readonly doc: string;
  readonly file: string;
  readonly code: string | undefined;
}

const opening = /<!-- example: (\S+) -->/g;

/** The blocks marked `<!-- example: path -->` + a ```ts fence + `<!-- /example -->`; code undefined if malformed. */
function markedBlocks(doc: string): MarkedBlock[] {
  const text = readFileSync(doc, 'utf8');
  return [...text.matchAll(opening)].map((match) => {
    const file = match[1] ?? '';
    const rest = text.slice(match.index + match[0].length);
    const block = /^\n```ts\n([\s\S]*?)```\n<!-- \/example -->/.exec(rest);
    return { doc: relative(repoRoot, doc), file, code: block?.[1] };
  });
}

/** Blocks marked `<!-- prints: path -->` + a ```text fence + `<!-- /prints -->`: an example's printed lines. */
function printedBlocks(doc: string): Array<{ doc: string; file: string; text: string | undefined }> {
  const text = readFileSync(doc, 'utf8');
  return [...text.matchAll(/<!-- prints: (\S+) -->/g)].map((match) => {
    const rest = text.slice(match.index + match[0].length);
    const block = /^\n```text\n([\s\S]*?)```\n<!-- \/prints -->/.exec(rest);
    return { doc: relative(repoRoot, doc), file: match[1] ?? '', text: block?.[1] };
  });
}

describe('code blocks marked in the docs are the example files and their output, exactly', () => {
  const docs = [join(repoRoot, 'README.md'), ...markdownFiles(join(repoRoot, 'docs'))];
  const blocks = docs.flatMap(markedBlocks);

  test('the docs show examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  test.each(blocks.map((block) => [`${block.doc} shows ${block.file}`, block]))('%s', (_title, block) => {
    expect(block.code).toBeDefined(); // the marker is followed by a ```ts block and <!-- /example -->
    const path = join(repoRoot, block.file);
    expect(existsSync(path)).toBe(true);
    expect(block.code).toBe(readFileSync(path, 'utf8'));
  });

  test.each(docs.flatMap(printedBlocks).map((block) => [`${block.doc}: what ${block.file} prints`, block]))('%s', (_title, block) => {
    expect(block.text).toBeDefined(); // the marker is followed by a ```text block and <!-- /prints -->
    const name = block.file.replace(/^docs\/examples\//, '');
    expect(Object.keys(expected)).toContain(name);
    expect(block.text).toBe(`${(expected[name] ?? []).join('\n')}\n`);
  });

  test('every example file is shown somewhere in the docs', () => {
    const shown = new Set(blocks.map((block) => block.file));
    const unshown = exampleFiles.map((name) => `docs/examples/${name}`).filter((file) => !shown.has(file));
    expect(unshown).toEqual([]);
  });
});
