import { Event } from '@kit';
import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type ScenarioContext } from '@spec';

interface FooBar {
  foo(printFoo: () => void): Promise<void>;
  bar(printBar: () => void): Promise<void>;
}
type FooBarClass = new (n: number) => FooBar;

interface Params {
  /** One FooBar object per entry, built with that n, all in use at the same time (usually one). */
  readonly ns: readonly number[];
  /**
   * Build the objects one after another instead: each one only once both tasks of the one before it have
   * returned, and its tasks start then (against state that finished objects leave at the top of the module).
   */
  readonly oneAfterAnother?: boolean;
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
 * must print "foobar" n times. Every print is checked as it happens (right word, right task, before that
 * task's method returned), so a failure points at the first word out of place; tasks that never return show
 * up as a deadlock or a livelock. Small n are explored exhaustively; sampled cases add late starts (against
 * sleep-based ordering), larger n, and two objects in use at once.
 */
export const spec: KataSpec<FooBarClass, Params> = {
  slug: 'print-foobar-alternately',
  load: (exports) => exportedClass<FooBarClass>(exports, 'FooBar', methods),
  cases(rng) {
    const cases: KataCase<Params>[] = [
      { label: 'n = 1', params: { ns: [1] }, exhaustive: true },
      { label: 'n = 2', params: { ns: [2] }, exhaustive: true },
      { label: 'n = 3', params: { ns: [3] }, exhaustive: true },
      { label: 'n = 1, sampled with late starts', params: { ns: [1] }, schedules: 100 },
      { label: 'n = 2, sampled with late starts', params: { ns: [2] }, schedules: 150 },
    ];
    for (let i = 0; i < 2; i++) {
      const n = rng.int(4, 40);
      cases.push({ label: `n = ${n} (random), sampled`, params: { ns: [n] }, schedules: 100 });
    }
    cases.push(
      { label: 'FooBar(2) and FooBar(3) at the same time, sampled', params: { ns: [2, 3] }, schedules: 60 },
      { label: 'n = 1000, sampled', params: { ns: [1000] }, schedules: 4 },
      // Two objects with the same n: state kept per n at the top of the module (a cache of turn semaphores)
      // is shared by them, and only then does one object's foo() take the other's turn.
      { label: 'two FooBar(2) at the same time, sampled', params: { ns: [2, 2] }, schedules: 60 },
      // The second object is built only after the first one finished: what a finished object leaves at the top
      // of the module (semaphores handed back to a pool with a permit still in them) reaches the next one.
      { label: 'FooBar(2), then a new FooBar(2) once the first one finished, sampled', params: { ns: [2, 2], oneAfterAnother: true }, schedules: 30 },
    );
    return cases;
  },
  scenario(FooBarImpl, { ns, oneAfterAnother = false }, ctx) {
    let previous: Event | undefined;
    const checks = ns.map((n, k) => {
      const suffix = ns.length > 1 ? ` #${k + 1}` : '';
      if (!oneAfterAnother) return alternate(new FooBarImpl(n), n, suffix, ctx).check;
      const after = previous;
      let fooBar: FooBar | undefined;
      // Built by whichever of its tasks gets past the previous object's end first.
      const started = alternate(() => (fooBar ??= new FooBarImpl(n)), n, suffix, ctx, after);
      previous = started.finished;
      return started.check;
    });
    return { check: () => firstFailure(checks) };
  },
};

/**
 * Spawns the two tasks of one FooBar(n) (named "foo()" or, with several objects, "foo() #2"); with `after`, the
 * tasks wait for that event before they get the object (`fooBar` builds it then). `finished` is set once both
 * tasks returned.
 */
function alternate(
  fooBar: FooBar | (() => FooBar),
  n: number,
  suffix: string,
  ctx: ScenarioContext,
  after?: Event,
): { check: () => Failure | undefined; finished: Event } {
  const finished = new Event(`FooBar${suffix} finished`);
  const total = 2 * n;
  const of = suffix === '' ? '' : ` of FooBar${suffix}`;
  let printed = '';
  let words = 0;
  const returned = new Set<Word>();
  const printer = (word: Word) => (): void => {
    const caller = ctx.taskName();
    const task = `${word}()${suffix}`;
    const callback = word === 'foo' ? 'printFoo' : 'printBar';
    if (caller !== task) {
      ctx.fail({
        message:
          `${callback}, which was handed to ${task}, was called ` +
          `${caller === undefined ? 'outside of any task' : `by the ${caller} task`}: each task must print its own word`,
      });
    } else if (returned.has(word)) {
      ctx.fail({
        message: `${task} printed "${word}" after it had returned: a method prints its words before it returns`,
        expected: tail(printed),
        actual: `${tail(printed)}${word}`,
      });
    }
    const want: Word | undefined = words >= total ? undefined : words % 2 === 0 ? 'foo' : 'bar';
    if (word !== want) {
      ctx.fail(
        want === undefined
          ? {
              message: `"${word}" was printed once more after all ${n} "foobar" pair${n === 1 ? ' was' : 's were'} complete${of}`,
              expected: tail(printed),
              actual: `${tail(printed)}${word}`,
            }
          : {
              message:
                `${words === 0 ? 'the first word' : `the ${ordinal(words + 1)} word`}${of} should have been "${want}", ` +
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
    ctx.spawn(`${method}()${suffix}`, async () => {
      if (after !== undefined) await after.wait();
      const object = typeof fooBar === 'function' ? fooBar() : fooBar;
      await object[method](print);
      returned.add(method);
      if (returned.size === methods.length) finished.set();
    });
  }
  const check = (): Failure | undefined => {
    if (words === total) return undefined;
    const next: Word = words % 2 === 0 ? 'foo' : 'bar';
    return {
      message:
        `both tasks${of} returned after printing ${words} of the ${total} words, ` +
        `so "foobar" came out ${Math.floor(words / 2)} time${Math.floor(words / 2) === 1 ? '' : 's'} instead of ${n}`,
      expected: `${tail(printed)}${next}…`,
      actual: tail(printed),
    };
  };
  return { check, finished };
}

export default spec;
