import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, join, relative, sep } from 'node:path';
import { transformSync, version as esbuildVersion } from 'esbuild';
import { INSTRUMENT_VERSION, instrumentSource } from './instrument-source';

/**
 * Loads judged TypeScript files (learner files, solutions, mutants, accepted idioms: anything outside the
 * workbook's own `src/`, `tests/stress/` and `node_modules/`) instrumented, so that every continuation in
 * them is a scheduling point. Other files load as tsx compiles them.
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
  return !(inside.startsWith(`src${sep}`) || inside.startsWith(join('tests', 'stress') + sep));
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
  const code = compileFromDisk(filename, root);
  compiled.set(filename, { stamp, code });
  return code;
}

function compileFromDisk(filename: string, root: string): string | undefined {
  const source = readFileSync(filename, 'utf8');
  const label = basename(filename);
  const key = createHash('sha256').update(`${INSTRUMENT_VERSION}\0${esbuildVersion}\0${filename}\0${source}`).digest('hex').slice(0, 32);
  const cacheDir = join(root, 'node_modules', '.cache', 'concurrency-katas', 'instrument');
  const cached = join(cacheDir, `${key}.js`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    // not cached yet
  }
  const instrumented = instrumentSource(source, label);
  if (instrumented === undefined) return undefined;
  const { code } = transformSync(instrumented, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
    tsconfigRaw: { compilerOptions: compilerOptions(root) },
  });
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Not Math.random: inside a run that is the run's own sequence, which a draw here would shift.
    const temporary = `${cached}.${process.pid}.${randomBytes(6).toString('hex')}`;
    writeFileSync(temporary, code);
    renameSync(temporary, cached); // atomic: parallel workers never read half a file
  } catch {
    // a read-only tree still works, only slower
  }
  return code;
}

/** Routes judged `.ts` files through the instrumenting compiler; call after tsx registered its loader. */
export function registerInstrumentation(root: string): void {
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  const previous = extensions['.ts'];
  if (previous === undefined) throw new Error('registerInstrumentation() needs a .ts loader (tsx) registered first');
  extensions['.ts'] = (module, filename) => {
    if (!isJudged(filename, root)) {
      previous(module, filename);
      return;
    }
    const code = compileJudged(filename, root);
    if (code === undefined) previous(module, filename);
    else (module as CompilingModule)._compile(code, filename);
  };
}
