import { exportedClass, type Failure, type KataCase, type KataSpec } from '@spec';

interface ZeroEvenOdd {
  zero(printNumber: (x: number) => void): Promise<void>;
  even(printNumber: (x: number) => void): Promise<void>;
  odd(printNumber: (x: number) => void): Promise<void>;
}
type ZeroEvenOddClass = new (n: number) => ZeroEvenOdd;

interface Params {
  readonly n: number;
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
 * that method may print, the next number in the sequence. All three tasks must return (for n = 1, even() prints
 * nothing and still has to finish): a task left waiting shows up as a deadlock or a livelock.
 * Small n are explored exhaustively; sampled cases add late starts (against sleep-based ordering) and larger n.
 */
export const spec: KataSpec<ZeroEvenOddClass, Params> = {
  slug: 'print-zero-even-odd',
  load: (exports) => exportedClass<ZeroEvenOddClass>(exports, 'ZeroEvenOdd', methods),
  cases(rng) {
    // Three tasks interleave a lot: a condition-variable solution already has about 5,700 interleavings at
    // n = 2, so only n = 1 is explored exhaustively and the small n after it are sampled generously.
    const cases: KataCase<Params>[] = [
      { label: 'n = 1', params: { n: 1 }, exhaustive: true },
      { label: 'n = 1, sampled with late starts', params: { n: 1 }, schedules: 100 },
      { label: 'n = 2, sampled', params: { n: 2 }, schedules: 200 },
      { label: 'n = 3, sampled', params: { n: 3 }, schedules: 150 },
    ];
    for (let i = 0; i < 2; i++) {
      const n = rng.int(4, 40);
      cases.push({ label: `n = ${n} (random), sampled`, params: { n }, schedules: 100 });
    }
    cases.push({ label: 'n = 1000, sampled', params: { n: 1000 }, schedules: 4 });
    return cases;
  },
  scenario(ZeroEvenOddImpl, { n }, ctx) {
    const zeroEvenOdd = new ZeroEvenOddImpl(n);
    const total = 2 * n;
    let printed = '';
    let count = 0;
    const printer = (method: Method) => (x: number): void => {
      const caller = ctx.taskName();
      const task = `${method}()`;
      const value: unknown = x; // learner code may pass anything
      const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
      if (caller !== task) {
        ctx.fail({
          message:
            `the printNumber handed to ${task} was called ` +
            `${caller === undefined ? 'outside of any task' : `by the ${caller} task`}: each task must print its own numbers`,
        });
      } else if (!allowed[method].accepts(x)) {
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
            `${count === 0 ? 'the first number' : `after ${count === 1 ? 'one number' : `${count} numbers`}, the next`} ` +
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
      ctx.spawn(`${method}()`, () => zeroEvenOdd[method](print));
    }
    return {
      check(): Failure | undefined {
        if (count === total) return undefined;
        const want = expectedAt(count);
        return {
          message:
            `all three tasks returned after printing ${count} of the ${total} numbers; ` +
            `the next should have been ${want} (printed by ${want === 0 ? 'zero' : want % 2 === 0 ? 'even' : 'odd'}())`,
          expected: `${tail(printed)}${want}…`,
          actual: tail(printed),
        };
      },
    };
  },
};

export default spec;
