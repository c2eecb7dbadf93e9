import { instrumentSource } from '../../src/instrument/instrument-source';

/** The rewrite that makes every continuation of judged code a scheduling point, checked on its text. */
const body = (source: string): string => {
  const out = instrumentSource(source, 'f.ts');
  if (out === undefined) throw new Error('did not parse');
  return out.replace(/^const __kata = [^;]*;/, '');
};

describe('instrumentSource', () => {
  test('wraps the operand of every await, with the line it stands on', () => {
    expect(body('async function f() {\n  await g();\n}')).toBe('async function f() {\n  await __kata.await(__kata.at("f.ts:2"), g());\n}');
  });

  test('nested awaits and then-chains wrap inner spans inside outer ones', () => {
    expect(body('await p.then(f)')).toBe('await __kata.await(__kata.at("f.ts:1"), __kata.then(__kata.at("f.ts:1"), p, "p.then").then(f))');
    // Babel's spans exclude parentheses: the wrap goes inside them, which is the same expression.
    expect(body('await (await a)')).toBe('await (__kata.await(__kata.at("f.ts:1"), await __kata.await(__kata.at("f.ts:1"), a)))');
  });

  test('gates the receiver of then, catch and finally, not other methods or computed names', () => {
    expect(body('p.catch(h).finally(f)')).toBe('__kata.then(__kata.at("f.ts:1"), __kata.then(__kata.at("f.ts:1"), p, "p.catch").catch(h)).finally(f)');
    expect(body('this.tail.then(f)')).toBe('__kata.then(__kata.at("f.ts:1"), this.tail, "this.tail.then").then(f)');
    expect(body('q.map(f); q["then"](f)')).toBe('q.map(f); q["then"](f)');
  });

  test('wraps the iterable of for await, but not of a plain for-of', () => {
    expect(body('for await (const x of xs) {}')).toBe('for await (const x of __kata.iterate("f.ts:1", xs)) {}');
    expect(body('for (const x of xs) {}')).toBe('for (const x of xs) {}');
  });

  test('keeps TypeScript syntax and line numbers: only text inside lines is added', () => {
    const source = 'import { Lock } from "@kit";\nexport class A {\n  private n: number = 0;\n  async f(): Promise<void> {\n    await (this.n as unknown as Promise<void>);\n  }\n}\n';
    const out = instrumentSource(source, 'a.ts') ?? '';
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(out).toContain('__kata.at("a.ts:5")');
    expect(out.startsWith('const __kata = globalThis[Symbol.for(')).toBe(true);
  });

  test('leaves a file without continuations as it is, and gives up on a file that does not parse', () => {
    expect(instrumentSource('export const x = 1;', 'f.ts')).toBe('export const x = 1;');
    expect(instrumentSource('export class {', 'f.ts')).toBeUndefined();
  });
});
