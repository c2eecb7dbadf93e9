import type { parse as Parse } from '@babel/parser';

/**
 * Babel's parser, loaded on first use: the loader's disk cache serves files it has instrumented before, and
 * loading the parser is a large share of a sandbox worker's start-up, paid once per check.
 */
let parser: typeof Parse | undefined;
function parse(...args: Parameters<typeof Parse>): ReturnType<typeof Parse> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous import on first use (see above)
  parser ??= (require('@babel/parser') as { parse: typeof Parse }).parse;
  return parser(...args);
}

/**
 * Makes every continuation in a TypeScript source a scheduling point, by rewriting the source text:
 *
 *   await EXPR                 ->  await __kata.await(__kata.at("file.ts:12"), EXPR)
 *   RECV.then(...)             ->  __kata.then(__kata.at("file.ts:12"), RECV, "RECV.then").then(...)
 *                                  (also catch, finally; the callee's text only for a plain name or member chain,
 *                                  so a receiver without the method fails with Node's own message, not the
 *                                  rewritten text's `__kata.then(...).then is not a function`)
 *   for await (x of EXPR)      ->  for await (x of __kata.iterate("file.ts:12", EXPR))
 *
 * `at` records where the task stands (before EXPR runs, so a kit primitive called by EXPR sees it), and the
 * other helpers park the flow until the awaited promise settles and the scheduler resumes it (see runtime.ts).
 * The rewrite only inserts text inside lines, so line numbers, and with them stack traces, stay right.
 *
 * Why by hand: a TypeScript transformer would need the compiler in every sandbox worker (over a second to
 * load); Babel's parser (already installed with jest) parses TypeScript in milliseconds, and the sandbox's
 * usual compiler (esbuild, through tsx) compiles the rewritten text.
 */
export const INSTRUMENT_VERSION = 2;

/** The identifier instrumented code reads the runtime from (declared on the file's first line). */
const RUNTIME = '__kata';
const PROLOGUE = `const ${RUNTIME} = globalThis[Symbol.for('concurrency-katas.instrument')];`;

/** A receiver V8 names as written in its "is not a function" message: `prev`, `this.tail`, `a.b.c`. */
const PLAIN_CHAIN = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

interface AstNode {
  readonly type: string;
  readonly start?: number | null;
  readonly end?: number | null;
  readonly loc?: { readonly start: { readonly line: number } } | null;
  readonly [key: string]: unknown;
}

/** Text to insert around the span [start, end) of one node. */
interface Wrap {
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function children(node: AstNode): AstNode[] {
  const found: AstNode[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'extra' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) found.push(item);
    } else if (isNode(value)) {
      found.push(value);
    }
  }
  return found;
}

const span = (node: AstNode): [number, number] => [node.start ?? 0, node.end ?? 0];

/** Returns the instrumented source, or undefined when the source does not parse (the compiler will say why). */
export function instrumentSource(source: string, fileLabel: string): string | undefined {
  let program: AstNode;
  try {
    program = parse(source, { sourceType: 'module', plugins: ['typescript'], errorRecovery: false }).program as unknown as AstNode;
  } catch {
    return undefined;
  }
  const wraps: Wrap[] = [];
  const where = (node: AstNode): string => JSON.stringify(`${fileLabel}:${node.loc?.start.line ?? 0}`);
  const visit = (node: AstNode): void => {
    if (node.type === 'AwaitExpression' && isNode(node.argument)) {
      const [start, end] = span(node.argument);
      wraps.push({ start, end, before: `${RUNTIME}.await(${RUNTIME}.at(${where(node)}), `, after: ')' });
    } else if (
      node.type === 'CallExpression' &&
      isNode(node.callee) &&
      node.callee.type === 'MemberExpression' &&
      node.callee.computed !== true &&
      isNode(node.callee.property) &&
      node.callee.property.type === 'Identifier' &&
      ['then', 'catch', 'finally'].includes(node.callee.property.name as string) &&
      isNode(node.callee.object) &&
      node.callee.object.type !== 'Super'
    ) {
      const [start, end] = span(node.callee.object);
      const receiver = source.slice(start, end);
      const callee = PLAIN_CHAIN.test(receiver) ? `, ${JSON.stringify(`${receiver}.${node.callee.property.name as string}`)}` : '';
      wraps.push({ start, end, before: `${RUNTIME}.then(${RUNTIME}.at(${where(node)}), `, after: `${callee})` });
    } else if (node.type === 'ForOfStatement' && node.await === true && isNode(node.right)) {
      const [start, end] = span(node.right);
      wraps.push({ start, end, before: `${RUNTIME}.iterate(${where(node)}, `, after: ')' });
    }
    for (const child of children(node)) visit(child);
  };
  visit(program);
  if (wraps.length === 0) return source;
  return PROLOGUE + splice(source, wraps);
}

/**
 * Applies nested wraps. At one position, openings of outer spans go first and closings of inner spans first,
 * so `await p.then(f)` becomes `await __kata.await(…, __kata.then(…, p).then(f))`.
 */
function splice(source: string, wraps: readonly Wrap[]): string {
  const inserts: Array<{ at: number; text: string; order: number }> = [];
  for (const wrap of wraps) {
    const length = wrap.end - wrap.start;
    inserts.push({ at: wrap.start, text: wrap.before, order: -length });
    inserts.push({ at: wrap.end, text: wrap.after, order: length });
  }
  // Closings before openings at the same position: `a.then(f)` ending where another span starts never occurs
  // inside one expression, but a closing must never land after an opening that follows it in the text.
  inserts.sort((a, b) => a.at - b.at || (a.text === ')' ? 0 : 1) - (b.text === ')' ? 0 : 1) || a.order - b.order);
  let out = '';
  let position = 0;
  for (const insert of inserts) {
    out += source.slice(position, insert.at) + insert.text;
    position = insert.at;
  }
  return out + source.slice(position);
}
