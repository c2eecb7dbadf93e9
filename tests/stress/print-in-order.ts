import { exportedClass, type Failure, firstFailure, type KataSpec, type ScenarioContext } from '@spec';

interface Foo {
  first(printFirst: () => void): Promise<void>;
  second(printSecond: () => void): Promise<void>;
  third(printThird: () => void): Promise<void>;
}
type FooClass = new () => Foo;

const methods = ['first', 'second', 'third'] as const;
type Method = (typeof methods)[number];

interface Params {
  /** How many Foo objects are in use at the same time, each with its own three tasks. */
  readonly objects: number;
}

/**
 * Print in Order: three tasks call first(), second() and third() on one object, started in any order;
 * the output must be "firstsecondthird", each word printed by its own method's task before that method
 * returns. Small enough to explore every interleaving; one case has two objects in use at once.
 */
export const spec: KataSpec<FooClass, Params> = {
  slug: 'print-in-order',
  load: (exports) => exportedClass<FooClass>(exports, 'Foo', methods),
  cases: () => [
    { label: 'three tasks', params: { objects: 1 }, exhaustive: true },
    { label: 'three tasks, sampled with late starts', params: { objects: 1 } },
    { label: 'two Foo objects at the same time, three tasks each, sampled', params: { objects: 2 }, schedules: 60 },
  ],
  scenario(FooImpl, { objects }, ctx) {
    const checks = Array.from({ length: objects }, (_, k) => printInOrder(new FooImpl(), objects > 1 ? ` #${k + 1}` : '', ctx));
    return { check: () => firstFailure(checks) };
  },
};

/** Spawns the three tasks of one Foo (named "first()" or, with several objects, "first() #2"). */
function printInOrder(foo: Foo, suffix: string, ctx: ScenarioContext): () => Failure | undefined {
  const printed: string[] = [];
  const returned = new Set<Method>();
  for (const method of methods) {
    const task = `${method}()${suffix}`;
    const print = (): void => {
      printed.push(method);
      ctx.output(method);
      const caller = ctx.taskName();
      if (caller !== task) {
        ctx.fail({
          message: `the print callback handed to ${task} was called ${caller === undefined ? 'outside of any task' : `by ${caller}`}: each method prints its own word`,
        });
      } else if (returned.has(method)) {
        ctx.fail({ message: `${task} printed "${method}" after it had returned: a method prints its word before it returns` });
      } else if (printed.join('') !== methods.slice(0, printed.length).join('')) {
        ctx.fail({
          message: `the words${suffix === '' ? '' : ` of Foo${suffix}`} came out in the wrong order: ${task} printed "${method}" where "${methods[printed.length - 1] ?? 'nothing'}" belongs`,
          expected: 'firstsecondthird',
          actual: printed.join(''),
        });
      }
    };
    ctx.spawn(task, async () => {
      await foo[method](print);
      returned.add(method);
    });
  }
  return () => {
    const actual = printed.join('');
    return actual === 'firstsecondthird'
      ? undefined
      : { message: `the words${suffix === '' ? '' : ` of Foo${suffix}`} came out in the wrong order`, expected: 'firstsecondthird', actual };
  };
}

export default spec;
