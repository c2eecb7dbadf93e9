import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type ScenarioContext } from '@spec';

interface FizzBuzzLike {
  fizz(printFizz: () => void): Promise<void>;
  buzz(printBuzz: () => void): Promise<void>;
  fizzbuzz(printFizzBuzz: () => void): Promise<void>;
  number(printNumber: (x: number) => void): Promise<void>;
}
type FizzBuzzClass = new (n: number) => FizzBuzzLike;

interface Params {
  /** One FizzBuzz object per entry, built with that n, all running at the same time (usually one). */
  readonly ns: readonly number[];
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

/** Sampled cases for one FizzBuzz(n) each, labelled with what makes that n worth trying. */
function sampled(n: number, why: string, schedules: number): KataCase<Params> {
  return { label: `n = ${n}, sampled (${why})`, params: { ns: [n] }, schedules };
}

/**
 * FizzBuzz Multithreaded: four tasks call fizz(), buzz(), fizzbuzz() and number() on one FizzBuzz(n), started
 * in any order (in one case two objects with their own four tasks each run at once). Together they must print
 * the FizzBuzz sequence for 1..n, each item by the task that owns it, before its method returns, and all four
 * must return. Every print is checked the moment it happens, so the failure picture stops at the first wrong
 * item; a task that still waits after the last item is reported as a deadlock by the explorer.
 */
export const spec: KataSpec<FizzBuzzClass, Params> = {
  slug: 'fizz-buzz-multithreaded',
  load: (exports) => exportedClass<FizzBuzzClass>(exports, 'FizzBuzz', roles),
  cases(rng) {
    // Sampled cases come first: a solution with many scheduling points (a condition that every task
    // re-checks) has tens of thousands of interleavings even for n = 1, and would otherwise spend the whole
    // time budget in the exhaustive cases before the larger inputs ran at all. The fixed n are where classic
    // bugs show on every seed: each role printing the last item, the first and later multiples of 15, the
    // largest n; the random one adds variety from seed to seed.
    const cases: Array<KataCase<Params>> = [
      sampled(15, 'the first fizzbuzz, printed last', 150),
      sampled(2, 'only number() prints', 30),
      sampled(5, 'buzz() prints last', 30),
      sampled(6, 'fizz() prints last', 30),
      sampled(31, 'a second fizzbuzz, and more after it', 40),
      sampled(45, 'a third fizzbuzz, printed last', 40),
      sampled(50, 'the largest n', 40),
    ];
    const n = rng.int(16, 50);
    cases.push(sampled(n, 'random', 40));
    cases.push(
      { label: 'FizzBuzz(7) and FizzBuzz(16) at the same time, sampled', params: { ns: [7, 16] }, schedules: 40 },
      // Two objects with the same n: state kept per n at the top of the module is shared only then.
      { label: 'two FizzBuzz(15) at the same time, sampled', params: { ns: [15, 15] }, schedules: 30 },
      { label: 'n = 1, every interleaving', params: { ns: [1] }, exhaustive: true },
      // Every interleaving with at most one preemption: all of them would be ~80,000 for a condition-based
      // solution at n = 3, and one preemption already exposes every ordering bug of the mutants.
      { label: 'n = 3, every interleaving with ≤ 1 preemption', params: { ns: [3] }, exhaustive: true, preemptionBound: 1 },
    );
    return cases;
  },
  scenario(FizzBuzz, { ns }, ctx) {
    const checks = ns.map((n, k) => playGame(new FizzBuzz(n), n, ns.length > 1 ? ` #${k + 1}` : '', ctx));
    return { check: () => firstFailure(checks) };
  },
};

/** Spawns the four tasks of one FizzBuzz(n) (named "fizz()" or, with several objects, "fizz() #2"). */
function playGame(fizzBuzz: FizzBuzzLike, n: number, suffix: string, ctx: ScenarioContext): () => Failure | undefined {
  const expected = sequence(n);
  const printed: string[] = [];
  const returned = new Set<Role>();
  const taskOf = (role: Role): string => `${role}()${suffix}`;

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
        message: `item ${position}${suffix === '' ? '' : ` of FizzBuzz(${n})`} should be "${want}", but ${by} printed "${item}" there`,
        expected: show(expected.slice(0, position)),
        actual: show([...printed, item]),
      });
      return;
    }
    if (by !== taskOf(role)) {
      ctx.fail({
        message: `"${item}" (item ${position}) was printed by ${by} through ${callbackName[role]}, but only the task running ${taskOf(role)} may call ${callbackName[role]}`,
        expected: `${taskOf(role)} prints "${item}"`,
        actual: `${by} prints "${item}"`,
      });
      return;
    }
    if (returned.has(role)) {
      ctx.fail({
        message: `"${item}" was printed through ${callbackName[role]} after ${taskOf(role)} had returned: a method prints its items before it returns`,
        expected: `${taskOf(role)} still running`,
        actual: `${taskOf(role)} had returned`,
      });
      return;
    }
    printed.push(item);
  };

  const printNumber = (x: unknown): void => {
    if (typeof x !== 'number') {
      ctx.fail({
        message: `printNumber was called with ${JSON.stringify(x)}, which is not a number`,
        expected: 'printNumber(i) with the number i',
        actual: `printNumber(${JSON.stringify(x)})`,
      });
      return;
    }
    say('number', String(x));
  };
  const play = (role: Role, method: () => Promise<void>): void => {
    ctx.spawn(taskOf(role), async () => {
      await method();
      returned.add(role);
    });
  };
  play('fizz', () => fizzBuzz.fizz(() => { say('fizz', 'fizz'); }));
  play('buzz', () => fizzBuzz.buzz(() => { say('buzz', 'buzz'); }));
  play('fizzbuzz', () => fizzBuzz.fizzbuzz(() => { say('fizzbuzz', 'fizzbuzz'); }));
  play('number', () => fizzBuzz.number(printNumber));

  return () => {
    if (printed.length === n) return undefined;
    const missing = itemAt(printed.length + 1);
    return {
      message: `all four tasks${suffix === '' ? '' : ` of FizzBuzz(${n})`} returned after only ${printed.length} of ${n} items: "${missing}" (item ${printed.length + 1}) was never printed`,
      expected: show(expected),
      actual: show(printed),
    };
  };
}

export default spec;
