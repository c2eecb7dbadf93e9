import { exportedClass, type Failure, type KataCase, type KataSpec } from '@spec';

interface FooBar {
  foo(printFoo: () => void): Promise<void>;
  bar(printBar: () => void): Promise<void>;
}
type FooBarClass = new (n: number) => FooBar;

interface Params {
  readonly n: number;
}

const methods = ['foo', 'bar'] as const;
type Word = (typeof methods)[number];

/** How much already-printed output a failure message shows before the point where things went wrong. */
const CONTEXT_CHARS = 24;

function tail(text: string): string {
  return text.length > CONTEXT_CHARS ? `…${text.slice(-CONTEXT_CHARS)}` : text;
}

function ordinal(k: number): string {
  const lastTwo = k % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${k}th`;
  return `${k}${['th', 'st', 'nd', 'rd'][k % 10] ?? 'th'}`;
}

/**
 * Print FooBar Alternately: one task calls foo(), another bar(), on the same object built with n; together they
 * must print "foobar" n times. Every print is checked as it happens (right word, right task), so a failure
 * points at the first word out of place; tasks that never return show up as a deadlock or a livelock.
 * Small n are explored exhaustively; sampled cases add late starts (against sleep-based ordering) and larger n.
 */
export const spec: KataSpec<FooBarClass, Params> = {
  slug: 'print-foobar-alternately',
  load: (exports) => exportedClass<FooBarClass>(exports, 'FooBar', methods),
  cases(rng) {
    const cases: KataCase<Params>[] = [
      { label: 'n = 1', params: { n: 1 }, exhaustive: true },
      { label: 'n = 2', params: { n: 2 }, exhaustive: true },
      { label: 'n = 3', params: { n: 3 }, exhaustive: true },
      { label: 'n = 1, sampled with late starts', params: { n: 1 }, schedules: 100 },
      { label: 'n = 2, sampled with late starts', params: { n: 2 }, schedules: 150 },
    ];
    for (let i = 0; i < 2; i++) {
      const n = rng.int(4, 40);
      cases.push({ label: `n = ${n} (random), sampled`, params: { n }, schedules: 150 });
    }
    cases.push({ label: 'n = 1000, sampled', params: { n: 1000 }, schedules: 4 });
    return cases;
  },
  scenario(FooBarImpl, { n }, ctx) {
    const fooBar = new FooBarImpl(n);
    const total = 2 * n;
    let printed = '';
    let words = 0;
    const printer = (word: Word) => (): void => {
      const caller = ctx.taskName();
      const task = `${word}()`;
      const callback = word === 'foo' ? 'printFoo' : 'printBar';
      if (caller !== task) {
        ctx.fail({
          message:
            `${callback}, which was handed to ${task}, was called ` +
            `${caller === undefined ? 'outside of any task' : `by the ${caller} task`}: each task must print its own word`,
        });
      }
      const want: Word | undefined = words >= total ? undefined : words % 2 === 0 ? 'foo' : 'bar';
      if (word !== want) {
        ctx.fail(
          want === undefined
            ? {
                message: `"${word}" was printed once more after all ${n} "foobar" pair${n === 1 ? ' was' : 's were'} complete`,
                expected: tail(printed),
                actual: `${tail(printed)}${word}`,
              }
            : {
                message:
                  `${words === 0 ? 'the first word' : `the ${ordinal(words + 1)} word`} should have been "${want}", ` +
                  `but ${task} printed "${word}"`,
                expected: `${tail(printed)}${want}`,
                actual: `${tail(printed)}${word}`,
              },
        );
      }
      printed += word;
      words += 1;
      ctx.output(word);
    };
    for (const method of methods) {
      const print = printer(method);
      ctx.spawn(`${method}()`, () => fooBar[method](print));
    }
    return {
      check(): Failure | undefined {
        if (words === total) return undefined;
        const next: Word = words % 2 === 0 ? 'foo' : 'bar';
        return {
          message:
            `both tasks returned after printing ${words} of the ${total} words, ` +
            `so "foobar" came out ${Math.floor(words / 2)} time${Math.floor(words / 2) === 1 ? '' : 's'} instead of ${n}`,
          expected: `${tail(printed)}${next}…`,
          actual: tail(printed),
        };
      },
    };
  },
};

export default spec;
