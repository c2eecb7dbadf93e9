import { Event, sleep } from '@kit';
import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

type Verify = (user: number, referee: number) => Promise<void>;

interface RefereeQueue {
  join(user: number): Promise<void>;
  close(): Promise<void>;
}
type RefereeQueueClass = new (referees: number, verify: Verify) => RefereeQueue;

/** One queue and its users. */
interface QueueSetup {
  readonly referees: number;
  /** When each user joins, in virtual ms from the start, in joining order (equal times: a burst). */
  readonly arrivals: readonly number[];
  /** Virtual ms each user's verification takes, one entry per user. */
  readonly verifyMs: readonly number[];
  /** Virtual ms the closer waits after the last user joined before it calls close() (0: at once). */
  readonly closeAfter: number;
  /** The users' numbers, in joining order; without it, users are numbered on from the previous queue's, from 1. */
  readonly users?: readonly number[];
}

/** The queues alive at the same time in one schedule (usually one), each with its own users. */
interface Params {
  readonly queues: readonly QueueSetup[];
}

const show = (value: unknown): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** Users every `gap` ms, each verified in `verifyMs`: the interview's set-up is every 2 s, 4 s each. */
function steady(referees: number, users: number, gap = 2000, verifyMs = 4000, closeAfter = 0): QueueSetup {
  return {
    referees,
    arrivals: Array.from({ length: users }, (_, i) => i * gap),
    verifyMs: Array.from({ length: users }, () => verifyMs),
    closeAfter,
  };
}
const one = (setup: QueueSetup): Params => ({ queues: [setup] });

function randomSetup(rng: Rng): QueueSetup {
  const users = rng.int(1, 9);
  const referees = rng.int(1, 4);
  let at = 0;
  const arrivals = Array.from({ length: users }, (_, i) => {
    if (i > 0) at += rng.chance(0.2) ? 0 : rng.pick([250, 1000, 1500, 2000, 2000, 3300]);
    return at;
  });
  return {
    referees,
    arrivals,
    verifyMs: arrivals.map(() => rng.pick([700, 2500, 4000, 4000, 5200])),
    closeAfter: rng.chance(0.3) ? rng.int(1, 20) * 500 : 0,
  };
}

function describe(setup: QueueSetup): string {
  return `${setup.referees} referee(s), ${setup.arrivals.length} user(s) at ${setup.arrivals.map(seconds).join(', ')}`;
}

/**
 * Referee Queue: users (tasks) join a queue at fixed virtual times and await their join(); a closer task
 * calls close() once the last user has joined (sometimes later) and awaits it. The spec's verify() takes
 * virtual time and referees the referees as they work: a known user who joined and was not verified yet,
 * a referee number in range and not busy, users started in joining order, and, whenever a user waited,
 * every referee busy at every instant of the wait (so a referee that polls, or misses a wake-up, is caught
 * the moment it starts the user late). join() must resolve after the user's verification ended, close()
 * after every verification ended.
 */
export const spec: KataSpec<RefereeQueueClass, Params> = {
  slug: 'referee-queue',
  load: (exports) => exportedClass<RefereeQueueClass>(exports, 'RefereeQueue', ['join', 'close']),
  cases(rng) {
    const cases: KataCase<Params>[] = [
      { label: '1 referee, 2 users 2 s apart: the second waits', params: one(steady(1, 2)), exhaustive: true, preemptionBound: 0 },
      { label: '2 referees, 2 users at once', params: one(steady(2, 2, 0)), schedules: 60 },
      {
        label: '2 referees, 3 users 2 s apart: the third joins as the first referee finishes',
        params: one(steady(2, 3)),
        schedules: 80,
      },
      { label: '1 referee, 5 users every 2 s: the line grows, close() waits 12 s', params: one(steady(1, 5)), schedules: 30 },
      { label: 'the interview: 2 referees, 6 users every 2 s, 4 s each', params: one(steady(2, 6)), schedules: 40 },
      { label: '3 referees, 6 users every 2 s: a referee is always free', params: one(steady(3, 6)), schedules: 20 },
      { label: 'a burst: 5 users at once, 2 referees', params: one(steady(2, 5, 0, 3000)), schedules: 30 },
      {
        label: 'odd timings: users at 0.5 s, 2.75 s, 3.1 s, 6.6 s, 2 referees taking 3.3 s to 4.9 s',
        params: one({ referees: 2, arrivals: [500, 2750, 3100, 6600], verifyMs: [3300, 4900, 3700, 3300], closeAfter: 0 }),
        schedules: 30,
      },
      {
        label: 'users 7, 0 and 42 (numbers need not start at 1), 1 referee: 0 and 42 wait in line',
        params: one({ referees: 1, users: [7, 0, 42], arrivals: [0, 500, 1000], verifyMs: [2000, 2000, 2000], closeAfter: 0 }),
        schedules: 20,
      },
      { label: 'nobody joins: close() resolves at once', params: one({ referees: 2, arrivals: [], verifyMs: [], closeAfter: 0 }), exhaustive: true },
      { label: 'close() long after the last user was verified', params: one(steady(2, 2, 2000, 4000, 10_000)), schedules: 20 },
      {
        label: 'two queues at once (1 and 2 referees), each with its own users',
        params: { queues: [steady(1, 3, 1500, 2500), steady(2, 4, 1000, 3000)] },
        schedules: 30,
      },
    ];
    for (let i = 1; i <= 4; i++) {
      const setup = randomSetup(rng.fork(i));
      cases.push({ label: `random #${i}: ${describe(setup)}`, params: one(setup), schedules: 20 });
    }
    cases.push({
      // A newcomer racing the hand-over: whatever the referee does between finishing and taking the next
      // user in line, the one who joins at that instant must not be taken first. Last, because it is the
      // longest search (a Condition-based solution reaches the 20,000-schedule limit): a bug the cheaper
      // cases catch is reported without waiting for it.
      label: '1 referee, a user waits, and another joins at the instant the first verification ends',
      params: one({ referees: 1, arrivals: [0, 1000, 4000], verifyMs: [4000, 1000, 1000], closeAfter: 0 }),
      exhaustive: true,
      preemptionBound: 1,
    });
    return cases;
  },
  scenario(Queue, params, ctx) {
    let firstUser = 1;
    const checks = params.queues.map((setup, q) => {
      const label = params.queues.length > 1 ? ` of queue ${q + 1}` : '';
      const check = runQueue(Queue, setup, { firstUser, label }, ctx);
      firstUser += setup.users === undefined ? setup.arrivals.length : 0;
      return check;
    });
    return { check: () => firstFailure(checks) };
  },
};

interface Naming {
  /** Number of this queue's first user: users are numbered across queues, so queues share no user. */
  readonly firstUser: number;
  /** " of queue 2" when several queues are alive, else empty. */
  readonly label: string;
}

interface Verification {
  readonly referee: number;
  readonly start: number;
  end: number | undefined;
}

/** Builds one queue, spawns its users and its closer; returns the check to run when every task finished. */
function runQueue(Queue: RefereeQueueClass, setup: QueueSetup, naming: Naming, ctx: ScenarioContext): () => Failure | undefined {
  const { referees } = setup;
  const { label } = naming;
  const users = setup.users ?? setup.arrivals.map((_, i) => naming.firstUser + i);
  const durationOf = new Map(users.map((u, i) => [u, setup.verifyMs[i] ?? 4000]));
  /** Joining order: the users who called join(), in the order they called it, and when. */
  const joined: number[] = [];
  const joinedAt = new Map<number, number>();
  const verifications = new Map<number, Verification>();
  const busy = new Map<number, number>(); // referee -> user being verified
  const allJoined = new Event(`every user${label} joined`);
  let closedAt: number | undefined;

  /** How many referees were verifying at instant t (a verification occupies [start, end)). */
  const busyAt = (t: number): number => {
    let count = 0;
    for (const v of verifications.values()) if (v.start <= t && (v.end === undefined || v.end > t)) count += 1;
    return count;
  };

  const verify: Verify = async (user: unknown, referee: unknown): Promise<void> => {
    const now = ctx.now();
    const who = `verify(${show(user)}, ${show(referee)})`;
    if (typeof user !== 'number' || !joinedAt.has(user)) {
      ctx.fail({
        message: `${who} was called for a user who had not joined queue${label}`,
        expected: `a user who joined${label}: ${joined.join(', ') || 'nobody had'}`,
        actual: show(user),
      });
      return;
    }
    const before = verifications.get(user);
    if (before !== undefined) {
      ctx.fail({
        message: `user ${user}${label} was verified twice: by referee ${before.referee} from ${seconds(before.start)}, and again by referee ${show(referee)} at ${seconds(now)}`,
        expected: 'each user verified once',
        actual: `a second ${who}`,
      });
      return;
    }
    if (typeof referee !== 'number' || !Number.isInteger(referee) || referee < 0 || referee >= referees) {
      ctx.fail({
        message: `${who}: there is no referee ${show(referee)}${label}; the ${referees} referee(s) are numbered 0 to ${referees - 1}`,
        expected: `a referee from 0 to ${referees - 1}`,
        actual: show(referee),
      });
      return;
    }
    const current = busy.get(referee);
    if (current !== undefined) {
      ctx.fail({
        message: `referee ${referee}${label} started verifying user ${user} at ${seconds(now)} while still verifying user ${current}: a referee verifies one user at a time`,
        expected: `referee ${referee} free`,
        actual: `referee ${referee} busy with user ${current}`,
      });
      return;
    }
    const rank = joined.indexOf(user);
    const overtaken = joined.slice(rank + 1).find((later) => (verifications.get(later)?.start ?? Number.POSITIVE_INFINITY) < now);
    if (overtaken !== undefined) {
      ctx.fail({
        message: `user ${user}${label} joined before user ${overtaken}, but user ${overtaken}'s verification started first (at ${seconds(verifications.get(overtaken)?.start ?? 0)}, user ${user}'s only at ${seconds(now)}): users are verified in the order they joined`,
        expected: `user ${user} before user ${overtaken}`,
        actual: `user ${overtaken} before user ${user}`,
      });
      return;
    }
    const since = joinedAt.get(user) ?? now;
    if (now > since) {
      // The user waited over [since, now): at every instant of it, every referee must have been busy. The
      // number of busy referees only drops when a verification ends, so checking `since` and each end suffices.
      const instants = [since, ...[...verifications.values()].flatMap((v) => (v.end !== undefined && v.end > since && v.end < now ? [v.end] : []))];
      for (const t of instants) {
        const count = busyAt(t);
        if (count < referees) {
          ctx.fail({
            message:
              `user ${user}${label} joined at ${seconds(since)} and waited until ${seconds(now)}, but at ${seconds(t)} only ${count} of the ${referees} referee(s) were verifying: ` +
              `an idle referee must take a waiting user at once (in the same instant, without polling or a timer)`,
            expected: `user ${user} taken by a referee at ${seconds(t)}`,
            actual: `taken at ${seconds(now)}`,
          });
          return;
        }
      }
    }
    const record: Verification = { referee, start: now, end: undefined };
    verifications.set(user, record);
    busy.set(referee, user);
    ctx.output(`referee ${referee} verifies user ${user}`);
    try {
      await ctx.activity(`verify user ${user}`, durationOf.get(user) ?? 4000);
    } finally {
      record.end = ctx.now();
      busy.delete(referee);
    }
  };

  const queue = new Queue(referees, verify);

  users.forEach((user, i) => {
    ctx.spawn(`user ${user}${label}`, async () => {
      const at = setup.arrivals[i] ?? 0;
      if (at > 0) await sleep(at);
      joined.push(user);
      joinedAt.set(user, ctx.now());
      ctx.output(`user ${user} joins`);
      const verified = queue.join(user);
      if (joined.length === users.length) allJoined.set();
      await verified;
      const record = verifications.get(user);
      if (record?.end === undefined) {
        ctx.fail({
          message:
            record === undefined
              ? `join(${user})${label} resolved at ${seconds(ctx.now())}, but user ${user} was never verified`
              : `join(${user})${label} resolved at ${seconds(ctx.now())}, while referee ${record.referee} was still verifying user ${user}`,
          expected: `join(${user}) resolves after verify(${user}, ...) finished`,
          actual: record === undefined ? 'not verified' : 'verification in progress',
        });
      }
    });
  });

  ctx.spawn(`closer${label}`, async () => {
    if (users.length > 0) await allJoined.wait();
    if (setup.closeAfter > 0) await sleep(setup.closeAfter);
    const calledAt = ctx.now();
    closedAt = calledAt;
    ctx.output('close()');
    await queue.close();
    const waiting = joined.filter((u) => verifications.get(u) === undefined);
    const inProgress = joined.filter((u) => verifications.get(u)?.end === undefined && verifications.has(u));
    if (waiting.length > 0 || inProgress.length > 0) {
      ctx.fail({
        message:
          `close()${label} resolved at ${seconds(ctx.now())} before everyone was verified: ` +
          [waiting.length > 0 ? `user(s) ${waiting.join(', ')} still waiting` : '', inProgress.length > 0 ? `user(s) ${inProgress.join(', ')} still being verified` : '']
            .filter((s) => s !== '')
            .join(', '),
        expected: 'close() resolves after the last verification finished',
        actual: `${waiting.length + inProgress.length} not done`,
      });
      return;
    }
    // Nothing polls: close() resolves in the instant the last verification ends, or at once if every
    // verification had ended when it was called (virtual time: the microtasks in between take none).
    const lastEnd = Math.max(0, ...[...verifications.values()].map((v) => v.end ?? 0));
    const due = Math.max(calledAt, lastEnd);
    if (ctx.now() > due) {
      ctx.fail({
        message:
          lastEnd > calledAt
            ? `close()${label} resolved at ${seconds(ctx.now())}, but the last verification ended at ${seconds(lastEnd)}: close() must resolve in that instant (without polling or a timer)`
            : `close()${label} was called at ${seconds(calledAt)}, when every verification had ended, but resolved only at ${seconds(ctx.now())}: it must resolve at once (without polling or a timer)`,
        expected: `close() resolves at ${seconds(due)}`,
        actual: `resolved at ${seconds(ctx.now())}`,
      });
    }
    ctx.output('closed');
  });

  return (): Failure | undefined => {
    const notDone = users.filter((u) => verifications.get(u)?.end === undefined);
    if (notDone.length > 0) {
      return { message: `user(s) ${notDone.join(', ')}${label} were never verified`, expected: `${users.length} verified`, actual: `${users.length - notDone.length}` };
    }
    if (closedAt === undefined) return { message: `close()${label} was never called`, expected: 'close() called', actual: 'not called' };
    return undefined;
  };
}

export default spec;
