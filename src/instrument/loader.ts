import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { basename, join, relative, sep } from 'node:path';
import { transformSync, version as esbuildVersion } from 'esbuild';
import { cacheFile, readCached, writeCached } from '../cache-file';
import { INSTRUMENT_VERSION, instrumentSource } from './instrument-source';

/**
 * Loads judged TypeScript files (learner files, solutions, mutants, accepted idioms: anything outside the
 * workbook's own `src/`, `tests/stress/`, `bench/` and `node_modules/`) instrumented, so that every
 * continuation in them is a scheduling point. The workbook's own files compile without it (`compileOwn`).
 *
 * Compiled output is cached under node_modules/.cache, keyed by the source text and the tool versions, so a
 * file is parsed and compiled once, not once per sandbox worker.
 */
type Loader = (module: NodeJS.Module, filename: string) => void;
interface CompilingModule extends NodeJS.Module {
  _compile(code: string, filename: string): void;
}

/** True for files whose code is judged, and so instrumented. */
export function isJudged(filename: string, root: string): boolean {
  if (filename.split(sep).includes('node_modules')) return false;
  const inside = relative(root, filename);
  if (inside.startsWith('..')) return true; // a file given with --impl from elsewhere
  return !(inside.startsWith(`src${sep}`) || inside.startsWith(`bench${sep}`) || inside.startsWith(join('tests', 'stress') + sep));
}

function compilerOptions(root: string): Record<string, unknown> {
  try {
    const config = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions?: Record<string, unknown> };
    return config.compilerOptions ?? {};
  } catch {
    return {};
  }
}

/**
 * Compiled code by file name, with the file's size and modification time it was compiled from: the explorer
 * evaluates a judged file anew for every schedule, and that must not read and hash it each time.
 */
const compiled = new Map<string, { stamp: string; code: string | undefined }>();

/** Instruments and compiles one judged file; undefined if it does not parse (tsx then reports the error). */
export function compileJudged(filename: string, root: string): string | undefined {
  const stats = statSync(filename);
  const stamp = `${stats.size}:${stats.mtimeMs}`;
  const known = compiled.get(filename);
  if (known?.stamp === stamp) return known.code;
  const code = compileCached(filename, root, 'instrument', (source) => instrumentSource(source, basename(filename)));
  compiled.set(filename, { stamp, code });
  return code;
}

/**
 * The workbook's own TypeScript (src/, tests/stress/, bench/) as the sandbox runs it: compiled like tsx does, but
 * without esbuild's `keepNames`, which tsx always sets and which wraps every named closure in an
 * `Object.defineProperty` call (the explorer's and the specs' hot paths make closures per step). Undefined
 * if esbuild rejects the file (tsx then compiles it and reports the error).
 */
export function compileOwn(filename: string, root: string): string | undefined {
  try {
    return compileCached(filename, root, 'own', (source) => source);
  } catch {
    return undefined;
  }
}

/** Compiles `prepare(source)` to CommonJS with the repository's tsconfig, through a disk cache keyed by the text. */
function compileCached(
  filename: string,
  root: string,
  kind: 'instrument' | 'own',
  prepare: (source: string) => string | undefined,
): string | undefined {
  const source = readFileSync(filename, 'utf8');
  const version = kind === 'instrument' ? instrumentVersion() : 'own';
  const key = createHash('sha256').update(`${version}\0${esbuildVersion}\0${filename}\0${source}`).digest('hex').slice(0, 32);
  const cached = cacheFile(kind, key, root);
  const known = readCached(cached) as { code: string } | undefined;
  if (known !== undefined) return known.code;
  const prepared = prepare(source);
  if (prepared === undefined) return undefined;
  const { code } = transformSync(prepared, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
    tsconfigRaw: { compilerOptions: compilerOptions(root) },
  });
  writeCached(cached, { code });
  return code;
}

let registeredFor: string | undefined;

let rewriteSource: string | undefined;

/**
 * What a cached instrumented file depends on besides its own text: the rewrite's version and its source, so
 * that a changed rewrite never serves an old compilation from the cache.
 */
function instrumentVersion(): string {
  if (rewriteSource === undefined) {
    const hash = createHash('sha256').update(String(INSTRUMENT_VERSION));
    try {
      hash.update(readFileSync(join(__dirname, 'instrument-source.ts'), 'utf8'));
    } catch {
      // not shipped as source: the version alone
    }
    rewriteSource = hash.digest('hex').slice(0, 16);
  }
  return rewriteSource;
}

/** The workbook's own TypeScript, which the sandbox compiles itself (`compileOwn`). */
function isOwn(filename: string, root: string): boolean {
  const inside = relative(root, filename);
  return !inside.startsWith('..') && !filename.split(sep).includes('node_modules') && !isJudged(filename, root);
}

/**
 * Routes judged `.ts` files through the instrumenting compiler and the workbook's own through `compileOwn`;
 * call after tsx registered its loader (which resolves `@kit`, and compiles what these cannot).
 */
export function registerInstrumentation(root: string): void {
  if (registeredFor === root) return; // once per process: a second hook would only wrap the first
  registeredFor = root;
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  const previous = extensions['.ts'];
  if (previous === undefined) throw new Error('registerInstrumentation() needs a .ts loader (tsx) registered first');
  extensions['.ts'] = (module, filename) => {
    const code = isJudged(filename, root) ? compileJudged(filename, root) : isOwn(filename, root) ? compileOwn(filename, root) : undefined;
    if (code === undefined) previous(module, filename);
    else (module as CompilingModule)._compile(code, filename);
  };
}
