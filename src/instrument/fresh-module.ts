import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';
import { compileJudged, isJudged } from './loader';

type ModuleBody = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
/** One evaluation of a file and the judged files it imports: one instance of each. */
type Generation = Map<string, { exports: unknown }>;

/**
 * Evaluates judged files (learner files, solutions: not the kit, not node_modules) anew on request, so that
 * module-level state (a semaphore or a counter at the top of the file) starts fresh. The explorer asks for
 * this once per schedule: otherwise what one schedule left in such state decides the next one's outcome, and
 * a failure's replay line, which runs one schedule, would not reproduce it.
 *
 * Node's loader compiles a module on every load (and parses its source map again), about a millisecond
 * each; here each file is compiled once into a function that is called again for every evaluation. The
 * file must have been loaded once through `require` first: that module stays in Node's cache, and its source
 * map, registered under the same file name, keeps stack traces pointing at the learner's lines.
 */
export class FreshModules {
  private readonly bodies = new Map<string, ModuleBody | undefined>();
  /** Per importing file: its Node `require` and what its requests name, kept across evaluations (~3 % of a schedule otherwise). */
  private readonly requires = new Map<string, ImportsOf>();

  constructor(private readonly root: string) {}

  /** The exports of `path` and of the judged files it imports (relatively), all evaluated anew. */
  load(path: string): Record<string, unknown> {
    return this.evaluate(path, new Map()) as Record<string, unknown>;
  }

  private evaluate(filename: string, generation: Generation): unknown {
    const known = generation.get(filename);
    if (known !== undefined) return known.exports; // a cycle, or a second import: one instance per evaluation
    const body = this.body(filename);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file that could not be compiled here loads as Node loads it
    if (body === undefined) return require(filename);
    const module = { exports: {} as unknown };
    generation.set(filename, module);
    body(module.exports, this.freshRequire(this.importsOf(filename), generation), module, filename, dirname(filename));
    return module.exports;
  }

  /** The `require` one evaluation of a file gets: judged files it imports relatively are evaluated in the same generation. */
  private freshRequire(imports: ImportsOf, generation: Generation): NodeJS.Require {
    const plain = imports.plain;
    return Object.assign((request: string): unknown => {
      // The kit, async-mutex, node: modules: shared, so the first load's exports serve every evaluation.
      if (!request.startsWith('.')) return imports.shared.get(request) ?? imports.loadShared(request);
      let resolved = imports.relative.get(request);
      if (resolved === undefined) imports.relative.set(request, (resolved = plain.resolve(request)));
      return isJudged(resolved, this.root) && resolved.endsWith('.ts') ? this.evaluate(resolved, generation) : plain(request);
    }, { resolve: plain.resolve, cache: plain.cache, main: plain.main }) as NodeJS.Require;
  }

  private importsOf(filename: string): ImportsOf {
    let imports = this.requires.get(filename);
    if (imports === undefined) this.requires.set(filename, (imports = new ImportsOf(createRequire(filename))));
    return imports;
  }

  private body(filename: string): ModuleBody | undefined {
    if (this.bodies.has(filename)) return this.bodies.get(filename);
    const code = filename.endsWith('.ts') && isJudged(filename, this.root) ? compileJudged(filename, this.root) : undefined;
    const body =
      code === undefined
        ? undefined
        : (compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename }) as ModuleBody);
    this.bodies.set(filename, body);
    return body;
  }
}

/** One importing file's `require`, the resolved paths of its relative requests and the exports of its shared ones. */
class ImportsOf {
  readonly relative = new Map<string, string>();
  readonly shared = new Map<string, unknown>();

  constructor(readonly plain: NodeJS.Require) {}

  loadShared(request: string): unknown {
    const exports: unknown = this.plain(request);
    this.shared.set(request, exports);
    return exports;
  }
}
