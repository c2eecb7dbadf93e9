import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { kataPaths, loadCatalog, mutantFiles } from '../catalog';
import { Rng } from '../explorer/rng';
import type { KataSpec } from '../explorer/spec';
import { type ServedTarget, PlayServer } from '../play/play-server';
import { replayWith } from '../report/failure-report';
import { IsolatedSandbox } from '../sandbox/isolated-sandbox';
import { commandFor } from './check';
import { UserError } from './errors';
import { findKata } from './find-kata';

/** What `npm run kata -- play <slug> [--impl file] [--challenge] [--case label]` was given. */
export interface PlayArgs {
  readonly slug: string;
  readonly impl?: string;
  readonly challenge: boolean;
  readonly case?: string;
}

/** Play mode always uses the default seed, so a replay line needs no --seed of its own beyond the usual one. */
const SEED = 1;

function sourcesOf(implPath: string): Record<string, string[]> {
  try {
    return { [basename(implPath)]: readFileSync(implPath, 'utf8').split(/\r?\n/) };
  } catch {
    return {};
  }
}

/** The case to play: `--case <label>`, else the first (the katas list their smallest case first). */
function caseIndexOf(specPath: string, label: string | undefined, slug: string): number {
  if (label === undefined) return 0;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the spec is TypeScript, loaded by tsx's require hook
  const spec = (require(specPath) as { default: KataSpec<unknown, unknown> }).default;
  const labels = spec.cases(new Rng(SEED).fork(0)).map((c) => c.label);
  const index = labels.indexOf(label);
  if (index < 0) throw new UserError(`${slug} has no case "${label}"; its cases: ${labels.map((l) => `"${l}"`).join(', ')}`);
  return index;
}

/**
 * Starts the play server and prints its address; resolves (exit code 0) when Ctrl-C stops it. The learner's
 * code runs in the sandbox's host process (IsolatedSandbox), one request at a time, never in this one.
 */
export async function playCommand(args: PlayArgs): Promise<number> {
  const kata = findKata(loadCatalog(), args.slug);
  const paths = kataPaths(kata.slug);
  const files = args.challenge ? mutantFiles(kata.slug).map((m) => m.path) : [args.impl === undefined ? paths.stub : resolve(args.impl)];
  if (files.length === 0) throw new UserError(`${kata.slug} has no mutants to challenge you with`);
  for (const file of files) if (!existsSync(file)) throw new UserError(`there is no file ${relative(process.cwd(), file)}`);
  const targets: ServedTarget[] = files.map((implPath) => ({
    name: basename(implPath),
    implPath,
    sources: sourcesOf(implPath),
    replayCommand: (schedule) => replayWith(commandFor(kata, implPath, { seed: SEED }))(schedule),
  }));
  const sandbox = new IsolatedSandbox();
  const server = new PlayServer({
    slug: kata.slug,
    specPath: paths.spec,
    seed: SEED,
    targets,
    challenge: args.challenge,
    caseIndex: caseIndexOf(paths.spec, args.case, kata.slug),
    judge: (request) => sandbox.run(request, { quiet: true }),
  });
  const address = await server.listen();
  console.log(`play the scheduler: ${address}  (${args.challenge ? `${targets.length} mutants to break` : targets[0]?.name ?? ''}; Ctrl-C stops)`);
  return new Promise<number>((resolveExit) => {
    const stop = (): void => {
      sandbox.close();
      void server.close().then(() => resolveExit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
