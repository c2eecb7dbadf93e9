import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tsxFlags } from './child-node';
import { createInterface } from 'node:readline';
import { attemptKey, type MutantResult, parseEvent, ResultBuilder } from './bug-events';

/** Silence (no event line) after which an attempt counts as hung: well past any budget plus one slow schedule. */
export function stallLimitMs(budgetMs: number | null): number {
  return budgetMs === null ? 120_000 : Math.max(15_000, budgetMs * 10);
}

export interface BugRun {
  readonly bySlug: Map<string, MutantResult[]>;
  /** Attempts killed for starving the event loop, as "slug/mutant/approach". */
  readonly hung: readonly string[];
}

/**
 * Runs the bug-finding part in a child process (bug-finding-child.ts) on the same Node binary as this one.
 * If no event comes for stallLimitMs, the attempt last started hung: the child is killed, the attempt is
 * recorded as hung (undecided), and a new child resumes after it, skipping every attempt already done.
 */
export async function runBugFinding(katas: readonly string[], budgetMs: number | null, onKata?: (slug: string, seconds: number) => void): Promise<BugRun> {
  const builder = new ResultBuilder();
  const done = new Set<string>();
  const hung: string[] = [];
  const limit = stallLimitMs(budgetMs);
  let remaining = katas;
  for (;;) {
    const finished = await oneChild(remaining, budgetMs, done, builder, limit, onKata);
    if (finished.kind === 'done') break;
    const { slug, mutant, approach } = finished;
    const key = attemptKey(slug, mutant, approach);
    builder.hung(slug, mutant, approach, limit);
    hung.push(key);
    done.add(key);
    // The next child starts at the hung attempt's kata: the katas before it are done.
    remaining = remaining.slice(Math.max(0, remaining.indexOf(slug)));
  }
  return { bySlug: builder.results(katas), hung };
}

type ChildEnd = { kind: 'done' } | { kind: 'hung'; slug: string; mutant: string; approach: string };

function oneChild(
  katas: readonly string[],
  budgetMs: number | null,
  done: Set<string>,
  builder: ResultBuilder,
  limit: number,
  onKata?: (slug: string, seconds: number) => void,
): Promise<ChildEnd> {
  const root = join(__dirname, '..');
  const args = JSON.stringify({ katas, budgetMs, skip: [...done] });
  const child = spawn(process.execPath, [...tsxFlags(), join('bench', 'bug-finding-child.ts'), args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<ChildEnd>((resolve, reject) => {
    let current: { slug: string; mutant: string; approach: string } | undefined;
    let kata: { slug: string; started: number } | undefined;
    let ended = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (end: ChildEnd | Error): void => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        if (current === undefined) finish(new Error(`bug-finding child silent for ${limit} ms outside any attempt`));
        else finish({ kind: 'hung', ...current });
      }, limit);
    };
    const kataDone = (): void => {
      if (kata !== undefined) onKata?.(kata.slug, (performance.now() - kata.started) / 1000);
    };
    arm();
    createInterface({ input: child.stdout }).on('line', (line) => {
      const event = parseEvent(line);
      if (event === undefined) return;
      arm();
      builder.add(event);
      if (event.kind === 'start') current = { slug: event.slug, mutant: event.mutant, approach: event.approach };
      else if (event.kind === 'attempt') {
        current = undefined;
        done.add(attemptKey(event.slug, event.mutant, event.attempt.approach));
      } else if (event.kind === 'kata') {
        if (kata?.slug !== event.slug) kataDone();
        kata = { slug: event.slug, started: kata?.slug === event.slug ? kata.started : performance.now() };
      } else if (event.kind === 'done') {
        kataDone();
        finish({ kind: 'done' });
      }
    });
    child.on('exit', (code, signal) => {
      if (ended || signal === 'SIGKILL') return;
      // A mutant's error thrown from a real timer (under jitter) is an uncaught exception: it ends the child.
      // The attempt it happened in is lost like a hung one; the next child resumes after it.
      if (current !== undefined) finish({ kind: 'hung', ...current });
      else finish(new Error(`bug-finding child exited with ${String(code ?? signal)} before it was done`));
    });
  });
}
