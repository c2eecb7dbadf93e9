import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface H2OLike {
  hydrogen(releaseHydrogen: () => void): Promise<void>;
  oxygen(releaseOxygen: () => void): Promise<void>;
}
type H2OClass = new () => H2OLike;

interface Params {
  /**
   * One H2O object per entry (usually one), all in use at the same time. Each entry has one letter per task,
   * H or O, in the order the tasks are created: 2n H and n O.
   */
  readonly pools: readonly string[];
}

/** A random arrangement of 2n H and n O. */
function shuffledAtoms(rng: Rng, n: number): string {
  const letters = [...Array<string>(2 * n).fill('H'), ...Array<string>(n).fill('O')];
  return rng.shuffle(letters).join('');
}

/** Releases grouped into molecules, as the failure picture shows them: "H1 O1 H2 | H3 ...". */
function showMolecules(released: readonly string[]): string {
  const groups: string[] = [];
  for (let k = 0; k < released.length; k += 3) groups.push(released.slice(k, k + 3).join(' '));
  return groups.length === 0 ? '(nothing released)' : groups.join(' | ');
}

/**
 * Building H2O: one task per atom calls hydrogen() or oxygen() on one shared H2O, started in any order. The
 * releases, read in the order they happen, must split into groups of three with two H and one O each, every
 * atom must release itself, once, from its own task and before its call returns, and every task must return.
 * Each release is checked the moment it happens, so the picture stops at the first over-full molecule; a
 * task that waits forever is reported as a deadlock by the explorer. One case has two H2O objects at once.
 */
export const spec: KataSpec<H2OClass, Params> = {
  slug: 'building-h2o',
  load: (exports) => exportedClass<H2OClass>(exports, 'H2O', ['hydrogen', 'oxygen']),
  cases(rng) {
    // Sampled cases come first, the exhaustive one last: even one molecule has thousands of interleavings
    // for a barrier- or lock-based solution, and the larger inputs are where molecules can get mixed up
    // (two molecules have far too many interleavings to enumerate, even with one preemption).
    const cases: Array<KataCase<Params>> = [
      { label: 'OOHHHH: oxygens first', params: { pools: ['OOHHHH'] }, schedules: 100 },
      { label: 'HHHHHHOOO: hydrogens first', params: { pools: ['HHHHHHOOO'] }, schedules: 80 },
    ];
    for (const n of [rng.int(2, 5), rng.int(5, 10)]) {
      const atoms = shuffledAtoms(rng, n);
      cases.push({ label: `${atoms} (${n} molecules)`, params: { pools: [atoms] }, schedules: 60 });
    }
    const most = shuffledAtoms(rng, 20);
    cases.push(
      { label: `${most.slice(0, 18)}... (20 molecules, the most)`, params: { pools: [most] }, schedules: 30 },
      { label: 'HOH and OHHHOH on two H2O objects at the same time', params: { pools: ['HOH', 'OHHHOH'] }, schedules: 60 },
      { label: 'HHO: one molecule, every interleaving', params: { pools: ['HHO'] }, exhaustive: true },
    );
    return cases;
  },
  scenario(H2O, { pools }, ctx) {
    const checks = pools.map((atoms, k) => bond(new H2O(), atoms, pools.length > 1 ? ` #${k + 1}` : '', ctx));
    return { check: () => firstFailure(checks) };
  },
};

/** Spawns one task per atom on `h2o` (named H1, O1, ... or, with several objects, "H1 #2"). */
function bond(h2o: H2OLike, atoms: string, suffix: string, ctx: ScenarioContext): () => Failure | undefined {
  const released: string[] = [];
  const releasedBy = new Set<string>();
  const returned = new Set<string>();
  const names: string[] = [];
  let hydrogens = 0;
  let oxygens = 0;
  const of = suffix === '' ? '' : ` of H2O${suffix}`;

  const release = (atom: string, kind: 'H' | 'O'): void => {
    const caller = ctx.taskName() ?? 'code outside any task';
    const callback = kind === 'H' ? 'releaseHydrogen' : 'releaseOxygen';
    ctx.output(atom);
    if (caller !== atom) {
      ctx.fail({
        message: `${atom}'s ${callback} was called by ${caller}: every atom must release itself, from its own task`,
        expected: `${atom} calls its own ${callback}`,
        actual: `${caller} calls it`,
      });
      return;
    }
    if (releasedBy.has(atom)) {
      ctx.fail({
        message: `${atom} called ${callback} a second time: each atom is released exactly once`,
        actual: showMolecules([...released, atom]),
      });
      return;
    }
    if (returned.has(atom)) {
      ctx.fail({
        message: `${atom} called ${callback} after its ${kind === 'H' ? 'hydrogen' : 'oxygen'}() call had returned: an atom is released before its call returns`,
        actual: showMolecules([...released, atom]),
      });
      return;
    }
    releasedBy.add(atom);
    released.push(atom);
    const molecule = released.slice(released.length - 1 - ((released.length - 1) % 3));
    const hs = molecule.filter((name) => name.startsWith('H')).length;
    const os = molecule.length - hs;
    if (hs > 2 || os > 1) {
      const number = Math.ceil(released.length / 3);
      ctx.fail({
        message:
          `molecule ${number}${of} must be two H and one O, but ` +
          (hs > 2
            ? `a third hydrogen (${atom}) was released into it before its oxygen`
            : `a second oxygen (${atom}) was released into it`),
        expected: 'every three consecutive releases are two H and one O',
        actual: showMolecules(released),
      });
    }
  };

  const atom = (name: string, call: () => Promise<void>): void => {
    names.push(name);
    ctx.spawn(name, async () => {
      await call();
      returned.add(name);
    });
  };
  for (const letter of atoms.split('')) {
    if (letter === 'H') {
      hydrogens += 1;
      const name = `H${hydrogens}${suffix}`;
      atom(name, () => h2o.hydrogen(() => { release(name, 'H'); }));
    } else {
      oxygens += 1;
      const name = `O${oxygens}${suffix}`;
      atom(name, () => h2o.oxygen(() => { release(name, 'O'); }));
    }
  }

  return (): Failure | undefined => {
    const silent = names.filter((name) => !releasedBy.has(name));
    if (silent.length === 0) return undefined;
    return {
      message: `${silent.join(', ')} returned without ever being released: every atom must be released exactly once`,
      expected: `${names.length} releases, ${names.length / 3} molecules`,
      actual: showMolecules(released),
    };
  };
}

export default spec;
