import { inspect } from 'node:util';
import { describeValue } from '../../src/report/describe-value';

describe('describeValue', () => {
  test('an object without a prototype is shown with its contents', () => {
    const bare = Object.assign(Object.create(null) as object, { code: 7 });
    expect(describeValue(bare)).toBe('[Object: null prototype] { code: 7 }');
  });

  test('a plain object reads as util.inspect shows it, to depth 2, never "[object Object]"', () => {
    const nested = { a: { b: { c: { d: 1 } } } };
    expect(describeValue(nested)).toBe('{ a: { b: { c: [Object] } } }');
    expect(describeValue({ reason: 'full' })).toBe(inspect({ reason: 'full' }));
  });

  test('an object whose toString throws is still shown', () => {
    const hostile = {
      toString(): string {
        throw new Error('no');
      },
    };
    expect(describeValue(hostile)).toBe('{ toString: [Function: toString] }');
  });

  test('an object whose custom inspect throws falls back to its plain properties', () => {
    const hostile = {
      id: 3,
      [inspect.custom](): string {
        throw new Error('no');
      },
    };
    expect(describeValue(hostile)).toMatch(/^\{\s+id: 3,/);
  });

  test('a proxy whose traps all throw does not make it throw', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, has: trap, getOwnPropertyDescriptor: trap });
    expect(() => describeValue(proxy)).not.toThrow();
    expect(typeof describeValue(proxy)).toBe('string');
  });

  test('symbols, strings, numbers, null and undefined', () => {
    expect(describeValue(Symbol('stop'))).toBe('Symbol(stop)');
    expect(describeValue('oops')).toBe("'oops'");
    expect(describeValue(42)).toBe('42');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
  });

  test('errors read "Name: message", also with odd names', () => {
    expect(describeValue(new RangeError('too far'))).toBe('RangeError: too far');
    const symbolName = Object.assign(new Error('m'), { name: Symbol('x') as unknown as string });
    expect(describeValue(symbolName)).toBe('Error: m');
    const throwingName = new TypeError('t');
    Object.defineProperty(throwingName, 'name', {
      get(): never {
        throw new Error('no name');
      },
    });
    expect(describeValue(throwingName)).toBe('TypeError: t');
    class Custom extends Error {}
    expect(describeValue(Object.assign(new Custom('c'), { name: '' }))).toBe('Custom: c');
    expect(describeValue(new Error(''))).toBe('Error');
  });
});
