import { kataPaths, loadCatalog, mutantFiles, solutionFiles } from '../src/catalog';
import type { KataSpec } from '../src/explorer/spec';
import { judgeInProcess } from '../src/instrument/in-process';

// Solutions and mutants load instrumented, as in the sandbox: the bench and the soak measure the search that
// `npm test` runs (every continuation a scheduling point), not a coarser one.
judgeInProcess();

/** A kata's spec with its implementation type erased: the bench treats every kata alike. */
export type AnySpec = KataSpec<unknown, unknown>;

/** One file under test (a reference solution or a mutant), loaded through the kata's spec. */
export interface Subject {
  readonly slug: string;
  readonly name: string;
  readonly path: string;
  readonly impl: unknown;
}

/**
 * Loads a TypeScript module with `require`: tsx's CommonJS hook compiles it with the repository's tsconfig,
 * so the katas' `@kit` imports resolve to the same kit module the bench's adapters use.
 */
function requireModule(path: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the require hook is the point, as in src/sandbox/judge.ts
  return require(path);
}

export function loadSpec(slug: string): AnySpec {
  const module = requireModule(kataPaths(slug).spec) as { default?: AnySpec };
  if (module.default === undefined) throw new Error(`tests/stress/${slug}.ts has no default export`);
  return module.default;
}

function loadSubject(spec: AnySpec, name: string, path: string): Subject {
  const exports = requireModule(path) as Record<string, unknown>;
  return { slug: spec.slug, name, path, impl: spec.load(exports) };
}

export function loadSolutions(spec: AnySpec): Subject[] {
  return solutionFiles(spec.slug).map(({ name, path }) => loadSubject(spec, name, path));
}

export function loadMutants(spec: AnySpec): Subject[] {
  return mutantFiles(spec.slug).map(({ name, path }) => loadSubject(spec, name, path));
}

/** Slugs in catalog order, optionally narrowed to the ones named on the command line. */
export function katasToRun(only: readonly string[]): string[] {
  const slugs = loadCatalog().map((kata) => kata.slug);
  const unknown = only.filter((slug) => !slugs.includes(slug));
  if (unknown.length > 0) throw new Error(`unknown kata ${unknown.join(', ')}; known: ${slugs.join(', ')}`);
  return only.length === 0 ? slugs : slugs.filter((slug) => only.includes(slug));
}
