import { exportedClass, type KataSpec } from '@spec';

interface Foo {
  first(printFirst: () => void): Promise<void>;
  second(printSecond: () => void): Promise<void>;
  third(printThird: () => void): Promise<void>;
}
type FooClass = new () => Foo;

const methods = ['first', 'second', 'third'] as const;

/**
 * Print in Order: three tasks call first(), second() and third() on one object, started in any order;
 * the output must be "firstsecondthird". Small enough to explore every interleaving.
 */
export const spec: KataSpec<FooClass, null> = {
  slug: 'print-in-order',
  load: (exports) => exportedClass<FooClass>(exports, 'Foo', methods),
  cases: () => [
    { label: 'three tasks', params: null, exhaustive: true },
    { label: 'three tasks, sampled with late starts', params: null },
  ],
  scenario(Foo, _params, ctx) {
    const foo = new Foo();
    const printed: string[] = [];
    for (const method of methods) {
      const print = (): void => {
        printed.push(method);
        ctx.output(method);
      };
      ctx.spawn(`${method}()`, () => foo[method](print));
    }
    return {
      check() {
        const actual = printed.join('');
        return actual === 'firstsecondthird'
          ? undefined
          : { message: 'the words came out in the wrong order', expected: 'firstsecondthird', actual };
      },
    };
  },
};

export default spec;
