import { exportedClass, type KataCase, type KataSpec } from '@spec';

interface FizzBuzzLike {
  fizz(printFizz: () => void): Promise<void>;
  buzz(printBuzz: () => void): Promise<void>;
  fizzbuzz(printFizzBuzz: () => void): Promise<void>;
  number(printNumber: (x: number) => void): Promise<void>;
}
type FizzBuzzClass = new (n: number) => FizzBuzzLike;

interface Params {
  readonly n: number;
}

type Role = 'fizz' | 'buzz' | 'fizzbuzz' | 'number';
const roles: readonly Role[] = ['fizz', 'buzz', 'fizzbuzz', 'number'];

/** The word (or the number itself) that belongs at position i of the sequence. */
function itemAt(i: number): string {
  if (i % 15 === 0) return 'fizzbuzz';
  if (i % 3 === 0) return 'fizz';
  if (i % 5 === 0) return 'buzz';
  return String(i);
}

const callbackName: Record<Role, string> = {
  fizz: 'printFizz',
  buzz: 'printBuzz',
  fizzbuzz: 'printFizzBuzz',
  number: 'printNumber',
};

function sequence(n: number): string[] {
  return Array.from({ length: n }, (_, k) => itemAt(k + 1));
}

/** A sequence as the failure picture shows it. */
function show(items: readonly string[]): string {
  return items.length === 0 ? '(nothing)' : items.join(' ');
}

/**
 * FizzBuzz Multithreaded: four tasks call fizz(), buzz(), fizzbuzz() and number() on one FizzBuzz(n), started
 * in any order. Together they must print the FizzBuzz sequence for 1..n, each item by the task that owns it,
 * and all four must return. Every print is checked the moment it happens, so the failure picture stops at the
 * first wrong item; a task that still waits after the last item is reported as a deadlock by the explorer.
 */
export const spec: KataSpec<FizzBuzzClass, Params> = {
  slug: 'fizz-buzz-multithreaded',
  load: (exports) => exportedClass<FizzBuzzClass>(exports, 'FizzBuzz', roles),
  cases(rng) {
    // Sampled cases come first: a solution with many scheduling points (a condition that every task
    // re-checks) has tens of thousands of interleavings even for n = 1, and would otherwise spend the whole
    // time budget in the exhaustive cases before the larger inputs ran at all.
    const cases: Array<KataCase<Params>> = [
      { label: 'n = 15, sampled', params: { n: 15 }, schedules: 200 },
    ];
    for (let k = 0; k < 2; k++) {
      const n = rng.int(16, 50);
      cases.push({ label: `n = ${n}, sampled`, params: { n }, schedules: 60 });
    }
    cases.push(
      { label: 'n = 1, every interleaving', params: { n: 1 }, exhaustive: true },
      // Every interleaving with at most one preemption: all of them would be ~80,000 for a condition-based
      // solution at n = 3, and one preemption already exposes every ordering bug of the mutants.
      { label: 'n = 3, every interleaving with ≤ 1 preemption', params: { n: 3 }, exhaustive: true, preemptionBound: 1 },
    );
    return cases;
  },
  scenario(FizzBuzz, { n }, ctx) {
    const fizzBuzz = new FizzBuzz(n);
    const expected = sequence(n);
    const printed: string[] = [];

    const say = (role: Role, item: string): void => {
      const by = ctx.taskName() ?? 'code outside any task';
      const position = printed.length + 1;
      ctx.output(item);
      if (position > n) {
        ctx.fail({
          message: `${by} printed "${item}" after all ${n} items were already out: nothing may follow ${itemAt(n)}`,
          expected: show(expected),
          actual: show([...printed, item]),
        });
        return;
      }
      const want = itemAt(position);
      if (item !== want) {
        ctx.fail({
          message: `item ${position} should be "${want}", but ${by} printed "${item}" there`,
          expected: show(expected.slice(0, position)),
          actual: show([...printed, item]),
        });
        return;
      }
      if (by !== `${role}()`) {
        ctx.fail({
          message: `"${item}" (item ${position}) was printed by ${by} through ${callbackName[role]}, but only the task running ${role}() may call ${callbackName[role]}`,
          expected: `${role}() prints "${item}"`,
          actual: `${by} prints "${item}"`,
        });
        return;
      }
      printed.push(item);
    };

    ctx.spawn('fizz()', () => fizzBuzz.fizz(() => { say('fizz', 'fizz'); }));
    ctx.spawn('buzz()', () => fizzBuzz.buzz(() => { say('buzz', 'buzz'); }));
    ctx.spawn('fizzbuzz()', () => fizzBuzz.fizzbuzz(() => { say('fizzbuzz', 'fizzbuzz'); }));
    ctx.spawn('number()', () => fizzBuzz.number((x: number) => { say('number', String(x)); }));

    return {
      check() {
        if (printed.length === n) return undefined;
        const missing = itemAt(printed.length + 1);
        return {
          message: `all four tasks returned after only ${printed.length} of ${n} items: "${missing}" (item ${printed.length + 1}) was never printed`,
          expected: show(expected),
          actual: show(printed),
        };
      },
    };
  },
};

export default spec;
