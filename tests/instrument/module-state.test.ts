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
    ["a shared module's exports used as values, and compared", "import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex';\nexport class C {\n  m = withTimeout(new Mutex(), 25);\n  async go() { try { await this.m.acquire(); } catch (e) { if (e !== E_TIMEOUT) throw e; } }\n}"],
    ['methods called, bound and applied; this in members and arrows', 'export class C {\n  constructor(private n = 0) {}\n  run() { return this.n; }\n  go() { const f = () => this.run(); return [f(), this.run.bind(this)(), this.run.call(this)]; }\n}'],
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
    // Found by an adversarial review: each leaked a first schedule's state into the next when evaluated once.
    ['a method read as a value (one function object, shared by every instance)', 'export class C { run() { const m = this.run as any; m.calls = (m.calls ?? 0) + 1; return m.calls; } }'],
    ['a method passed on', 'export class C { run() { return 1; } go(list: unknown[]) { list.push(new C().run); } }'],
    ['a private method read as a value', 'export class C { #tick() { return 1; } go() { const t = this.#tick as any; t.n = 1; } }'],
    ["a superclass's method read as a value", 'class B { m() { return 1; } }\nexport class C extends B { go() { (super.m as any).n = 1; } }'],
    ['a named function expression changing itself', 'export const next = function tick(): number { const t = tick as any; t.n = (t.n ?? 0) + 1; return t.n; };'],
    ['the constructor reached through a destructuring', 'export class R { reg() { const { constructor: K } = this as any; K.made = 1; } }'],
    ['the constructor reached through a string', "export class R { reg() { (Reflect.get(this, 'constructor') as any).made = 1; } }"],
    ["another judged module's export changed through an alias", "import { helper } from './helper';\nexport function mark() { const h = helper as any; h.n = 1; }"],
    ['eval', "export function bump(): number { return eval('bump.n = (bump.n ?? 0) + 1'); }"],
    ['require inside a function', "export function bump(): number { return require('./state').inc(); }"],
    ['a dynamic import', "export async function load() { return import('./state'); }"],
    ['this in a plain function (the exports object when called as a method of it)', 'export function hit(this: { hits?: number }) { this.hits = (this.hits ?? 0) + 1; return this.hits; }'],
  ])('keeps state: %s', (_, source) => {
    expect(stateless(source)).toBe(false);
  });
});
