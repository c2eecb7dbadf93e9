/**
 * The bug-finding part in a child process (started by bug-runner.ts): one argument, a JSON object
 * { katas, budgetMs, skip }; writes one event line per step on stdout (bug-events.ts). It runs in its own
 * process because a mutant that spins on microtasks or process.nextTick under a baseline (jitter has no
 * control over plain awaits) never returns to the event loop, and nothing in the same process can stop it.
 */
import './compile-as-sandbox';
import { trackUnhandledRejections } from './baseline/judge';
import { eventLine } from './bug-events';
import { findBugs } from './bug-finding';

interface ChildArgs {
  readonly katas: readonly string[];
  readonly budgetMs: number | null;
  readonly skip: readonly string[];
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
  trackUnhandledRejections();
  const skip = new Set(args.skip);
  for (const slug of args.katas) {
    await findBugs(slug, { budgetMs: args.budgetMs, skip, emit: (event) => process.stdout.write(`${eventLine(event)}\n`) });
  }
  process.stdout.write(`${eventLine({ kind: 'done' })}\n`);
  // Timers or detached promises a mutant left behind must not keep the child alive.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
