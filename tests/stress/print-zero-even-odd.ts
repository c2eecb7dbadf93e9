import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type ScenarioContext } from '@spec';

interface ZeroEvenOdd {
  zero(printNumber: (x: number) => void): Promise<void>;
  even(printNumber: (x: number) => void): Promise<void>;
  odd(printNumber: (x: number) => void): Promise<void>;
}
type ZeroEvenOddClass = new (n: number) => ZeroEvenOdd;

interface Params {
  /** One ZeroEvenOdd object per entry, built with that n, all running at the same time (usually one). */
  readonly ns: readonly number[];
}

const methods = ['zero', 'even', 'odd'] as const;
type Method = (typeof methods)[number];

/** What each method's printNumber may print, in words, and the test. */
const allowed: Record<Method, { readonly what: string; readonly accepts: (x: number) => boolean }> = {
  zero: { what: 'only 0', accepts: (x) => x === 0 },
  even: { what: 'only even numbers from 2 to n', accepts: (x) => x > 0 && x % 2 === 0 },
  odd: { what: 'only odd numbers from 1 to n', accepts: (x) => x % 2 === 1 },
};

/** How much already-printed output a failure message shows before the point where things went wrong. */
const CONTEXT_CHARS = 24;

function tail(text: string): string {
  return text.length > CONTEXT_CHARS ? `…${text.slice(-CONTEXT_CHARS)}` : text;
}

/** The k-th number (0-based) of the expected sequence 0 1 0 2 0 3 … 0 n. */
function expectedAt(k: number): number {
  return k % 2 === 0 ? 0 : (k + 1) / 2;
}

/**
 * Print Zero Even Odd: three tasks call zero(), even() and odd() on one object built with n; together they must
 * print 0 1 0 2 … 0 n (concatenated: "0102…0n"). Every print is checked as it happens: the right task, a number
 * that method may print, the next number in the sequence, while that method is still running. All three tasks
 * must return (for n = 1, even() prints nothing and still has to finish): a task left waiting shows up as a
 * deadlock or a livelock. Small n are explored exhaustively; sampled cases add late starts (against
 * sleep-based ordering), the sizes where turn-taking bugs show (even n from 4, odd n), two objects at once,
 * and larger n.
 */
export const spec: KataSpec<ZeroEvenOddClass, Params> = {
  slug: 'print-zero-even-odd',
  load: (exports) => exportedClass<ZeroEvenOddClass>(exports, 'ZeroEvenOdd', methods),
  cases(rng) {
    // Three tasks interleave a lot: a condition-variable solution already has about 5,700 interleavings at
    // n = 2, so only n = 1 is explored exhaustively and the small n after it are sampled generously. From
    // n = 4 even() has a second turn and odd() a turn after even's, which is where hand-back bugs show.
    const sampled = (n: number, schedules: number, why = ''): KataCase<Params> => ({
      label: `n = ${n}${why === '' ? '' : ` (${why})`}, sampled`,
      params: { ns: [n] },
      schedules,
    });
    return [
      { label: 'n = 1', params: { ns: [1] }, exhaustive: true },
      { label: 'n = 1, sampled with late starts', params: { ns: [1] }, schedules: 60 },
      sampled(2, 120),
      sampled(3, 100),
      sampled(4, 100, 'even() takes a second turn'),
      sampled(5, 60),
      sampled(6, 60),
      sampled(rng.int(7, 40), 60, 'random'),
      { label: 'ZeroEvenOdd(2) and ZeroEvenOdd(3) at the same time, sampled', params: { ns: [2, 3] }, schedules: 60 },
      // The same n twice: state kept per n (a cache or a map at module level) is shared by both objects.
      { label: 'two ZeroEvenOdd(4) at the same time, sampled', params: { ns: [4, 4] }, schedules: 60 },
      sampled(1000, 4),
    ];
  },
  scenario(ZeroEvenOddImpl, { ns }, ctx) {
    const checks = ns.map((n, k) => printAll(new ZeroEvenOddImpl(n), n, ns.length > 1 ? ` #${k + 1}` : '', ctx));
    return { check: () => firstFailure(checks) };
  },
};

/** Spawns the three tasks of one ZeroEvenOdd(n) (named "zero()" or, with several objects, "zero() #2"). */
function printAll(zeroEvenOdd: ZeroEvenOdd, n: number, suffix: string, ctx: ScenarioContext): () => Failure | undefined {
  const total = 2 * n;
  const of = suffix === '' ? '' : ` of ZeroEvenOdd(${n})`;
  let printed = '';
  let count = 0;
  const returned = new Set<Method>();
  const printer = (method: Method) => (x: number): void => {
    const caller = ctx.taskName();
    const task = `${method}()${suffix}`;
    const value: unknown = x; // learner code may pass anything
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
    if (caller !== task) {
      ctx.fail({
        message:
          `the printNumber handed to ${task} was called ` +
          `${caller === undefined ? 'outside of any task' : `by the ${caller} task`}: each task must print its own numbers`,
      });
    } else if (returned.has(method)) {
      ctx.fail({
        message: `${task} printed ${shown} after it had returned: a method prints its numbers before it returns`,
        expected: tail(printed),
        actual: `${tail(printed)}${shown}`,
      });
    } else if (typeof value !== 'number' || !allowed[method].accepts(x)) {
      ctx.fail({
        message: `${task} printed ${shown}, but ${task} may print ${allowed[method].what}`,
        expected: tail(printed),
        actual: `${tail(printed)}${shown}`,
      });
    } else if (count >= total) {
      ctx.fail({
        message: `${task} printed ${shown} after the whole sequence 0 1 0 2 … 0 ${n} was complete`,
        expected: tail(printed),
        actual: `${tail(printed)}${shown}`,
      });
    } else if (x !== expectedAt(count)) {
      const want = expectedAt(count);
      ctx.fail({
        message:
          `${count === 0 ? `the first number${of}` : `after ${count === 1 ? 'one number' : `${count} numbers`}${of}, the next`} ` +
          `should have been ${want} (printed by ${want === 0 ? 'zero' : want % 2 === 0 ? 'even' : 'odd'}()), ` +
          `but ${task} printed ${shown}`,
        expected: `${tail(printed)}${want}`,
        actual: `${tail(printed)}${shown}`,
      });
    }
    printed += shown;
    count += 1;
    ctx.output(shown);
  };
  for (const method of methods) {
    const print = printer(method);
    ctx.spawn(`${method}()${suffix}`, async () => {
      await zeroEvenOdd[method](print);
      returned.add(method);
    });
  }
  return (): Failure | undefined => {
    if (count === total) return undefined;
    const want = expectedAt(count);
    return {
      message:
        `all three tasks${of} returned after printing ${count} of the ${total} numbers; ` +
        `the next should have been ${want} (printed by ${want === 0 ? 'zero' : want % 2 === 0 ? 'even' : 'odd'}())`,
      expected: `${tail(printed)}${want}…`,
      actual: tail(printed),
    };
  };
}

export default spec;
