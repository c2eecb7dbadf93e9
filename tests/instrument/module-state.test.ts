import { parse } from '@babel/parser';
import type { AstNode } from '../../src/instrument/ast';
import { keepsNoState } from '../../src/instrument/module-state';

/** Which judged modules one evaluation may serve for every schedule: a module with state must be evaluated afresh. */
const stateless = (source: string): boolean =>
  keepsNoState(parse(source, { sourceType: 'module', plugins: ['typescript', 'decorators-legacy'] }).program as unknown as AstNode);

describe('keepsNoState', () => {
  test.each([
    ['imports, types, functions and a class with fields', "import { Mutex } from 'async-mutex';\ntype R = 'a';\ninterface I { x: number }\nexport class Foo implements I {\n  x = 0;\n  private readonly lock = new Mutex();\n  constructor(private readonly n: number) {}\n  async go(): Promise<void> { this.x += helper(this.n); }\n}\nfunction helper(n: number): number { return n * 2; }"],
    ['constants bound to literals and functions', "const LIMIT = 5;\nconst NAME = `x`;\nconst NEG = -1 as const;\nconst ownerOf = (i: number): string => String(i);\nexport const twice = function (x: number) { return x * 2; };"],
    ['a static readonly literal, a subclass, instanceof and export lists', "class Base { static readonly MAX = 3; }\nclass Sub extends Base { check(x: unknown) { return x instanceof Base; } }\nexport { Sub };\nexport default Sub;"],
    ['instances changing their own fields and objects', 'export class Q { items: number[] = []; head = { next: null as unknown }; push(x: number) { this.items.push(x); this.head.next = x; } }'],
  ])('keeps no state: %s', (_, source) => {
    expect(stateless(source)).toBe(true);
  });

  test.each([
    ['a module-level let', 'let count = 0;\nexport function bump() { count += 1; }'],
    ['a module-level object, array or instance', "import { Semaphore } from '@kit';\nconst turn = new Semaphore(1);\nexport class F { go() { return turn; } }"],
    ['a module-level array', 'const seen: string[] = [];\nexport function add(x: string) { seen.push(x); }'],
    ['a top-level call', "import { promisify } from 'node:util';\nconst sleep = promisify(setTimeout);\nexport async function f() { await sleep(1); }"],
    ['a static field', 'export class C { static count = 0; }'],
    ['a static method (its this is the class)', 'export class C { static reset() { return 1; } }'],
    ['a static block', 'export class C { static { console.log(1); } }'],
    ['a decorator', 'function d(x: unknown) { return x; }\n@d export class C {}'],
    ['a property set on a top-level function', 'export function f() { f.calls = (f.calls ?? 0) + 1; }'],
    ['a property set on a top-level class', 'export class C { bump() { C.made = 1; } }'],
    ['a property of an imported namespace changed', "import * as kit from '@kit';\nexport function f() { delete kit.x; }"],
    ['a top-level function passed as a value', 'function tick() { return 1; }\nexport function f() { setTimeout(tick, 1); }'],
    ['a top-level class stored in an object', 'class C {}\nexport const make = () => ({ C });'],
    ['the class reached through an instance', 'export class C { go() { (this.constructor as any).n = 1; } }'],
    ['a prototype changed', 'export class C { go() { Object.getPrototypeOf(this).x = 1; } }'],
    ['new.target', 'export class C { constructor() { new.target.n = 1; } }'],
    ['CommonJS exports', 'export function f() { module.exports.n = 1; }'],
    ['an enum (an object)', 'export enum Role { A, B }'],
    ['a namespace', 'export namespace N { export let x = 1; }'],
    ['a top-level statement', "console.log('loaded');"],
    ['an extends that calls', 'function mix(b: unknown) { return b as new () => object; }\nexport class C extends mix(Object) {}'],
  ])('keeps state: %s', (_, source) => {
    expect(stateless(source)).toBe(false);
  });
});
