import { exportedClass, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface ReadWriteLock {
  acquireRead(): Promise<void>;
  releaseRead(): void;
  acquireWrite(): Promise<void>;
  releaseWrite(): void;
}
type ReadWriteLockClass = new () => ReadWriteLock;

/** One task using the lock: it rests, then `rounds` times gets in, holds the lock for `holdMs`, leaves, pauses. */
interface Actor {
  readonly kind: 'reader' | 'writer';
  /** Virtual ms before its first acquire. */
  readonly restMs: number;
  readonly rounds: number;
  /** Virtual ms it reads or writes while inside (at least 1: a writer with nothing to do proves nothing). */
  readonly holdMs: number;
  /** Virtual ms between leaving and asking again. */
  readonly pauseMs: number;
}

/** The locks alive at the same time in one schedule (usually one), each with its own tasks. */
interface Params {
  readonly locks: ReadonlyArray<readonly Actor[]>;
}

const reader = (restMs: number, holdMs: number, rounds = 1, pauseMs = 0): Actor => ({ kind: 'reader', restMs, rounds, holdMs, pauseMs });
const writer = (restMs: number, holdMs: number, rounds = 1, pauseMs = 0): Actor => ({ kind: 'writer', restMs, rounds, holdMs, pauseMs });
const one = (actors: readonly Actor[]): Params => ({ locks: [actors] });

function randomActors(rng: Rng): Actor[] {
  const readers = rng.int(1, 5);
  const writers = rng.int(1, 3);
  const actor = (kind: 'reader' | 'writer'): Actor => ({
    kind,
    restMs: rng.chance(0.3) ? 0 : rng.int(1, 15),
    rounds: rng.int(1, 4),
    holdMs: rng.int(1, 12),
    pauseMs: rng.chance(0.3) ? 0 : rng.int(1, 8),
  });
  const actors = [...Array.from({ length: readers }, () => actor('reader')), ...Array.from({ length: writers }, () => actor('writer'))];
  return rng.shuffle(actors);
}

function randomCase(rng: Rng, schedules: number): KataCase<Params> {
  const actors = randomActors(rng);
  const readers = actors.filter((a) => a.kind === 'reader').length;
  return { label: `random: ${readers} reader(s), ${actors.length - readers} writer(s)`, params: one(actors), schedules };
}

/**
 * Read-Write Lock: reader and writer tasks share one lock (in one case two locks at once, each with its own
 * tasks); each gets in, reads or writes for a while (virtual time), leaves, and may come back. Checked at
 * every entry: a writer gets in only when nobody is inside, a reader only when no writer is inside, and a
 * reader never gets in before a writer that was already waiting when the reader asked. Checked at every ask
 * and every exit: once virtual time has moved on while no writer was waiting or inside, no reader is still
 * waiting (only writers keep readers out; readers read together, they do not take turns). At the end:
 * every task finished.
 */
export const spec: KataSpec<ReadWriteLockClass, Params> = {
  slug: 'read-write-lock',
  load: (exports) => exportedClass<ReadWriteLockClass>(exports, 'ReadWriteLock', ['acquireRead', 'releaseRead', 'acquireWrite', 'releaseWrite']),
  cases: (rng) => [
    { label: 'two readers who want in at the same time', params: one([reader(0, 10), reader(0, 10)]), exhaustive: true },
    { label: 'one reader and one writer at the same time', params: one([reader(0, 5), writer(0, 5)]), exhaustive: true },
    { label: 'two writers and a reader at the same time', params: one([writer(0, 5), writer(0, 5), reader(0, 5)]), exhaustive: true },
    {
      label: 'a reader inside, a writer waits, then a second reader asks',
      params: one([reader(0, 20), writer(5, 5), reader(10, 5)]),
      exhaustive: true,
    },
    {
      label: 'a writer inside, three readers wait for it',
      params: one([writer(0, 10), reader(1, 5), reader(1, 5), reader(2, 5)]),
      schedules: 40,
    },
    {
      label: 'two readers inside, a writer waits for both to leave',
      params: one([reader(0, 10), reader(0, 20), writer(5, 5), reader(25, 5)]),
      schedules: 40,
    },
    {
      // The readers' reads overlap without a gap: a lock that lets readers join readers forever starves the writer.
      label: 'a stream of readers, each reading 10 ms, and a writer arriving after 5 ms',
      params: one([reader(0, 10, 3, 2), reader(3, 10, 3, 2), reader(6, 10, 3, 2), reader(8, 10, 3, 2), writer(5, 4)]),
      schedules: 40,
    },
    {
      label: 'two writers and two readers taking turns, 3 rounds each',
      params: one([writer(0, 3, 3, 1), writer(1, 2, 3, 2), reader(0, 4, 3, 1), reader(2, 3, 3, 0)]),
      schedules: 40,
    },
    {
      label: 'two locks at once, each with its own readers and writer',
      params: { locks: [[reader(0, 6, 2, 1), writer(2, 3, 2, 1), reader(3, 6, 2, 0)], [writer(0, 4, 2, 0), reader(1, 5, 2, 1), reader(1, 5, 2, 1)]] },
      schedules: 40,
    },
    randomCase(rng.fork(1), 30),
    randomCase(rng.fork(2), 30),
    randomCase(rng.fork(3), 30),
  ],
  scenario(Lock, params, ctx) {
    const clock = { ticks: 0 };
    let first = 1;
    for (const [l, actors] of params.locks.entries()) {
      const where = params.locks.length > 1 ? ` (lock ${l + 1})` : '';
      useLock(new Lock(), actors, { first, where, clock }, ctx);
      first += actors.length;
    }
    return { check: () => undefined };
  },
};

interface Naming {
  /** Number of this lock's first task: tasks are numbered across locks. */
  readonly first: number;
  /** " (lock 2)" when several locks are alive, else empty. */
  readonly where: string;
  /** One logical clock for the schedule, ticked at every call, entry and exit. */
  readonly clock: { ticks: number };
}

/** One visit of one task: from asking, through being inside, to leaving. */
interface Visit {
  readonly who: string;
  readonly kind: 'reader' | 'writer';
  /** Logical tick and virtual ms of the acquire call. */
  readonly askedAt: number;
  readonly askedMs: number;
}

/** Spawns the tasks of one lock and referees them as they go (every rule is checked at the moment it matters). */
function useLock(lock: ReadWriteLock, actors: readonly Actor[], naming: Naming, ctx: ScenarioContext): void {
  const { clock, where } = naming;
  const inside = new Set<Visit>();
  const waiting = new Set<Visit>();
  /** Writers that asked and have not yet left: waiting or inside. */
  let writersPresent = 0;
  /** Virtual ms since when no writer has been waiting or inside (the last time writersPresent fell to 0). */
  let noWriterSinceMs = 0;

  const names = (visits: Iterable<Visit>): string => [...visits].map((v) => v.who).join(', ');

  const enter = (me: Visit): void => {
    waiting.delete(me);
    if (me.kind === 'writer' && inside.size > 0) {
      ctx.fail({
        message: `${me.who} got in while ${names(inside)} ${inside.size > 1 ? 'were' : 'was'} inside${where}: a writer must be alone`,
        expected: 'nobody inside when a writer gets in',
        actual: `${names(inside)} inside`,
      });
      return;
    }
    const writerInside = [...inside].find((v) => v.kind === 'writer');
    if (writerInside !== undefined) {
      ctx.fail({
        message: `${me.who} got in while ${writerInside.who} was writing${where}: no reader may be inside while a writer is`,
        expected: 'no writer inside when a reader gets in',
        actual: `${writerInside.who} inside`,
      });
      return;
    }
    if (me.kind === 'reader') {
      const overtaken = [...waiting].find((v) => v.kind === 'writer' && v.askedAt < me.askedAt);
      if (overtaken !== undefined) {
        ctx.fail({
          message:
            `${me.who} got in before ${overtaken.who}, which was already waiting to write when ${me.who} asked${where}: ` +
            'a writer that waits goes before every reader that asks after it, or a stream of readers could keep it out forever',
          expected: `${overtaken.who} in first`,
          actual: `${me.who} in first`,
        });
        return;
      }
    }
    ++clock.ticks;
    inside.add(me);
  };

  /**
   * Readers are kept out only by writers: whenever virtual time has moved on while no writer was waiting or
   * inside, no reader may still be waiting. Checked at every ask and every exit (the moments time has passed).
   */
  const readersLetIn = (): void => {
    if (writersPresent > 0) return;
    const now = ctx.now();
    const left = [...waiting].find((v) => v.kind === 'reader' && Math.max(v.askedMs, noWriterSinceMs) < now);
    if (left === undefined) return;
    const since = Math.max(left.askedMs, noWriterSinceMs);
    const company = [...inside].filter((v) => v.kind === 'reader');
    ctx.fail({
      message:
        `${left.who} has waited to read since ${since} ms while no writer was inside or waiting${where}` +
        (company.length > 0 ? `, only ${names(company)} reading` : ', nobody inside') +
        `, and it is still waiting at ${now} ms: only writers may keep readers out, and readers read together`,
      expected: `${left.who} reading by ${since} ms`,
      actual: `${left.who} still waiting at ${now} ms`,
    });
  };

  actors.forEach((actor, a) => {
    const who = `${actor.kind} ${naming.first + a}${where}`;
    ctx.spawn(who, async () => {
      if (actor.restMs > 0) await ctx.activity('rest', actor.restMs);
      for (let round = 1; round <= actor.rounds; round++) {
        if (round > 1 && actor.pauseMs > 0) await ctx.activity('pause', actor.pauseMs);
        readersLetIn();
        if (actor.kind === 'writer') writersPresent += 1;
        const me: Visit = { who, kind: actor.kind, askedAt: ++clock.ticks, askedMs: ctx.now() };
        waiting.add(me);
        if (actor.kind === 'reader') {
          await lock.acquireRead();
          // Before it counts as inside: a reader let in only after time passed with no writer around (one that
          // polls, say) was kept out by nobody, even if nothing else happened meanwhile to notice it.
          readersLetIn();
          enter(me);
          ctx.output(`reads (${inside.size} reader${inside.size > 1 ? 's' : ''} inside)`);
          await ctx.activity('read', actor.holdMs);
          readersLetIn();
          inside.delete(me);
          ++clock.ticks;
          lock.releaseRead();
        } else {
          await lock.acquireWrite();
          enter(me);
          ctx.output('writes');
          await ctx.activity('write', actor.holdMs);
          inside.delete(me);
          ++clock.ticks;
          lock.releaseWrite();
          writersPresent -= 1;
          if (writersPresent === 0) noWriterSinceMs = ctx.now();
        }
      }
    });
  });
}

export default spec;
