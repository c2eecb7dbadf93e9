import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

type Job<T> = () => Promise<T>;
interface ThreadPool {
  submit<T>(job: Job<T>): Promise<T>;
  shutdown(): Promise<void>;
}
type ThreadPoolClass = new (workers: number) => ThreadPool;

/** What a failing job throws besides an Error: any value can be a rejection's reason, even a falsy one. */
const falsyReasons = { undefined, null: null, '0': 0 } as const;
type FalsyReason = keyof typeof falsyReasons;

/** One job: how long it runs (virtual ms, ≥ 1) and whether it ends by throwing (an Error, or `throws`). */
interface JobPlan {
  readonly ms: number;
  readonly fails?: boolean;
  readonly throws?: FalsyReason;
}

/** A task that submits jobs to the pool. */
interface SubmitterPlan {
  /** Virtual ms before the first submit. */
  readonly rest?: number;
  readonly jobs: readonly JobPlan[];
  /** Virtual ms between two submits (0 or absent: back to back, in one synchronous step). */
  readonly gap?: number;
}

/** One pool, its submitters and its closer. */
interface PoolPlan {
  readonly workers: number;
  readonly submitters: readonly SubmitterPlan[];
  /** Virtual ms after which the closer calls shutdown(). */
  readonly shutdownAt: number;
  /** Jobs the closer submits right after calling shutdown() (they must be refused). */
  readonly lateJobs?: number;
}

interface Params {
  readonly pools: readonly PoolPlan[];
}

const show = (value: unknown): string => {
  if (value instanceof Error) return `Error(${JSON.stringify(value.message)})`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return typeof value === 'function' ? 'a function' : String(value);
};

/** The stub's notImplemented(): let it through, so the judge reports the kata as not started. */
const isNotImplemented = (error: unknown): boolean => error instanceof Error && error.name === 'NotImplementedError';

const quiet = (ms: readonly number[], extra: Partial<SubmitterPlan> = {}): SubmitterPlan => ({ jobs: ms.map((m) => ({ ms: m })), ...extra });
const failing = (ms: number, throws?: FalsyReason): JobPlan => (throws === undefined ? { ms, fails: true } : { ms, fails: true, throws });
const one = (pool: PoolPlan): Params => ({ pools: [pool] });

function randomCase(rng: Rng, index: number): KataCase<Params> {
  const workers = rng.int(1, 4);
  const submitters = Array.from({ length: rng.int(1, 3) }, () => ({
    rest: rng.chance(0.5) ? 0 : rng.int(1, 10),
    gap: rng.chance(0.5) ? 0 : rng.int(1, 4),
    jobs: Array.from({ length: rng.int(1, 5) }, () => ({ ms: rng.int(1, 12), fails: rng.chance(0.15) })),
  }));
  const total = submitters.reduce((sum, s) => sum + s.jobs.length, 0);
  return {
    label: `random #${index}: ${workers} worker(s), ${submitters.length} submitter(s), ${total} jobs`,
    params: one({ workers, submitters, shutdownAt: rng.int(0, 30), lateJobs: rng.int(0, 1) }),
    schedules: 6,
  };
}

/**
 * Thread Pool: submitter tasks hand jobs (spec-made async functions taking virtual time, some throwing) to a
 * pool of k workers, and a closer task calls shutdown() at some virtual time, then submits jobs that must be
 * refused. Checked as it happens: at most k jobs running, no job starting ahead of an earlier one that still
 * waits for a worker, each job called once, no refused job called, shutdown() resolving only after every
 * accepted job ended, each submit() settling with its own job's result or error. At the end: every accepted
 * job ran, and no worker was idle (in virtual time) while a job waited.
 */
export const spec: KataSpec<ThreadPoolClass, Params> = {
  slug: 'thread-pool',
  load: (exports) => exportedClass<ThreadPoolClass>(exports, 'ThreadPool', ['submit', 'shutdown']),
  cases: (rng) => [
    { label: '1 worker, 2 jobs submitted together', params: one({ workers: 1, submitters: [quiet([3, 1])], shutdownAt: 10 }), exhaustive: true, preemptionBound: 1 },
    { label: '2 workers, 3 jobs submitted together', params: one({ workers: 2, submitters: [quiet([4, 2, 1])], shutdownAt: 10 }), schedules: 15 },
    {
      // A submit racing the hand-over: whatever the freed worker does before it starts the waiting job, the
      // newcomer must not overtake it.
      label: '1 worker, a job submitted at the instant the running one ends while another waits',
      params: one({ workers: 1, submitters: [quiet([3, 1]), quiet([1], { rest: 3 })], shutdownAt: 10 }),
      exhaustive: true,
      preemptionBound: 1,
    },
    {
      label: '1 worker, the first job fails, 2 more wait',
      params: one({ workers: 1, submitters: [{ jobs: [failing(2), { ms: 1 }, { ms: 1 }] }], shutdownAt: 10 }),
      exhaustive: true,
      preemptionBound: 1,
    },
    {
      label: '1 worker, shutdown() while a job waits, then a late submit',
      params: one({ workers: 1, submitters: [quiet([3, 2])], shutdownAt: 1, lateJobs: 1 }),
      exhaustive: true,
      preemptionBound: 1,
    },
    {
      label: '2 workers, 6 jobs of different lengths from one submitter (a worker frees while others run)',
      params: one({ workers: 2, submitters: [quiet([5, 1, 4, 2, 3, 1])], shutdownAt: 30 }),
      schedules: 15,
    },
    {
      label: '3 workers, 2 submitters, 8 jobs, shutdown() while most still wait',
      params: one({ workers: 3, submitters: [quiet([6, 2, 3, 1]), quiet([1, 4, 2, 2], { rest: 1 })], shutdownAt: 2, lateJobs: 2 }),
      schedules: 15,
    },
    {
      label: '2 workers, failing jobs among others (the pool must go on)',
      params: one({ workers: 2, submitters: [{ jobs: [failing(1), { ms: 3 }, failing(2), { ms: 1 }, { ms: 2 }, { ms: 1 }] }], shutdownAt: 4, lateJobs: 1 }),
      schedules: 15,
    },
    {
      label: '2 workers, jobs that throw undefined, 0 and null (not Errors) among others',
      params: one({ workers: 2, submitters: [{ jobs: [failing(2, 'undefined'), { ms: 1 }, failing(1, '0'), failing(3, 'null'), { ms: 1 }] }], shutdownAt: 10 }),
      schedules: 20,
    },
    {
      label: '2 workers, jobs trickling in one at a time',
      params: one({ workers: 2, submitters: [quiet([4, 4, 4, 1], { gap: 1 }), quiet([2, 2], { rest: 3, gap: 2 })], shutdownAt: 12 }),
      schedules: 15,
    },
    {
      label: '4 workers, 3 jobs (more workers than jobs), shutdown() when idle',
      params: one({ workers: 4, submitters: [quiet([2, 3, 1])], shutdownAt: 20, lateJobs: 1 }),
      schedules: 10,
    },
    {
      label: 'two pools at once (1 and 2 workers), each with its own submitters',
      params: {
        pools: [
          { workers: 1, submitters: [quiet([2, 1, 3])], shutdownAt: 2, lateJobs: 1 },
          { workers: 2, submitters: [quiet([3, 1, 2, 2]), { jobs: [failing(1), { ms: 2 }] }], shutdownAt: 5 },
        ],
      },
      schedules: 15,
    },
    ...Array.from({ length: 6 }, (_, i) => randomCase(rng.fork(i + 1), i + 1)),
    // shutdown() at the very instant of the submits: a submit() still on its way in (past its check of
    // "closed", before its job is registered) was accepted, so shutdown() must wait for that job too.
    {
      label: '1 worker, shutdown() at the instant 2 jobs are submitted',
      params: one({ workers: 1, submitters: [quiet([2, 1])], shutdownAt: 0 }),
      schedules: 30,
    },
  ],
  scenario(Pool, params, ctx) {
    const names = params.pools.length > 1 ? params.pools.map((_, p) => ` of pool ${String.fromCharCode(65 + p)}`) : [''];
    const checks = params.pools.map((plan, p) => runPool(new Pool(plan.workers), plan, names[p] ?? '', ctx));
    return { check: () => firstFailure(checks) };
  },
};

interface JobRecord {
  readonly n: number;
  readonly plan: JobPlan;
  readonly result: string;
  /** What the job throws if it fails: an Error of its own, or the plan's falsy value. */
  readonly error: unknown;
  /** Submitted after shutdown() was called: must be refused and never run. */
  readonly refused: boolean;
  readonly submittedAt: number;
  startedAt?: number;
  endedAt?: number;
  settled?: { ok: true; value: unknown } | { ok: false; reason: unknown };
}

/** Spawns one pool's tasks; returns the check to run when every task finished. */
function runPool(pool: ThreadPool, plan: PoolPlan, label: string, ctx: ScenarioContext): () => Failure | undefined {
  const k = plan.workers;
  const jobs: JobRecord[] = [];
  let running = 0;
  let shutdownCalled = false;
  let failure: Failure | undefined;
  const fail = (f: Failure): void => {
    failure ??= f;
    ctx.fail(f);
  };
  const name = (job: JobRecord): string => `job ${job.n}${label}`;

  const submit = (jobPlan: JobPlan): Promise<void> => {
    const n = jobs.length + 1;
    const record: JobRecord = {
      n,
      plan: jobPlan,
      result: `result of job ${n}${label}`,
      error: jobPlan.throws === undefined ? new Error(`job ${n}${label} failed`) : falsyReasons[jobPlan.throws],
      refused: shutdownCalled,
      submittedAt: ctx.now(),
    };
    jobs.push(record);
    const job = async (): Promise<string> => {
      if (record.startedAt !== undefined) {
        fail({ message: `the pool called ${name(record)} a second time: each job must run once`, expected: 'one call', actual: 'two calls' });
        return record.result;
      }
      if (record.refused) {
        fail({
          message: `the pool ran ${name(record)}, which was submitted after shutdown() was called: it must be refused`,
          expected: `submit(job ${n}) rejects`,
          actual: `job ${n} started`,
        });
        return record.result;
      }
      record.startedAt = ctx.now();
      running += 1;
      const overtaken = jobs.filter((j) => j.n < n && !j.refused && j.startedAt === undefined);
      ctx.note(`${name(record)} starts (${running} running)`);
      if (running > k) {
        fail({
          message: `${running} jobs${label} were running at once when ${name(record)} started, with ${k} worker(s)`,
          expected: `at most ${k} jobs at once`,
          actual: `${running} at once`,
        });
      } else if (running + overtaken.length > k) {
        const first = overtaken[0] as JobRecord;
        fail({
          message:
            `${name(record)} started while ${name(first)}, submitted before it, still waited for a worker: ` +
            `jobs must start in submission order`,
          expected: `job ${first.n} starts before job ${n}`,
          actual: `job ${n} started first`,
        });
      }
      try {
        await ctx.activity(`job ${n}`, jobPlan.ms);
      } finally {
        running -= 1;
        record.endedAt = ctx.now();
      }
      if (jobPlan.fails === true) throw record.error;
      return record.result;
    };
    let promise: Promise<string>;
    try {
      promise = pool.submit(job);
    } catch (error) {
      if (isNotImplemented(error)) throw error;
      if (record.refused) {
        // The statement: a submit after shutdown() rejects. A caller that uses the promise (`.catch`, an
        // array given to Promise.allSettled) would get an exception at the call instead.
        fail({
          message: `submit(job ${n})${label} threw ${show(error)} synchronously: after shutdown() it must return a promise that rejects`,
          expected: 'a promise that rejects',
          actual: `threw ${show(error)}`,
        });
        return Promise.resolve();
      }
      promise = Promise.resolve().then(() => {
        throw error;
      });
    }
    if (!(promise instanceof Promise)) {
      fail({ message: `submit() must return a promise, but it returned ${show(promise)}`, actual: show(promise) });
      return Promise.resolve();
    }
    return promise.then(
      (value) => {
        record.settled = { ok: true, value };
        ctx.output(`job ${n} → ${show(value)}`);
        settledCheck(record);
      },
      (reason: unknown) => {
        if (isNotImplemented(reason)) throw reason;
        record.settled = { ok: false, reason };
        ctx.output(`job ${n} rejected: ${show(reason)}`);
        settledCheck(record);
      },
    );
  };

  const settledCheck = (record: JobRecord): void => {
    const settled = record.settled;
    if (settled === undefined) return;
    const n = record.n;
    if (record.refused) {
      if (settled.ok) {
        fail({
          message: `submit(job ${n}) was called after shutdown() and resolved with ${show(settled.value)}: it must reject`,
          expected: 'a rejection',
          actual: `resolved with ${show(settled.value)}`,
        });
      }
      return;
    }
    if (record.endedAt === undefined) {
      fail({
        message: `submit(job ${n}) settled before ${name(record)} ${record.startedAt === undefined ? 'even started' : 'finished'}: it must settle with the job's own outcome`,
        expected: `settles after job ${n} ended`,
        actual: settled.ok ? `resolved with ${show(settled.value)}` : `rejected with ${show(settled.reason)}`,
      });
      return;
    }
    if (record.plan.fails === true) {
      if (settled.ok || settled.reason !== record.error) {
        fail({
          message: `${name(record)} threw ${show(record.error)}, so submit(job ${n}) must reject with that very error`,
          expected: `rejected with ${show(record.error)}`,
          actual: settled.ok ? `resolved with ${show(settled.value)}` : `rejected with ${show(settled.reason)}`,
        });
      }
    } else if (!settled.ok || settled.value !== record.result) {
      const others = jobs.filter((j) => j.plan.fails === true && j.endedAt !== undefined).map((j) => `job ${j.n}`);
      fail({
        message:
          `${name(record)} returned ${show(record.result)}, so submit(job ${n}) must resolve with it` +
          (!settled.ok && others.length > 0 ? ` (a failing job must reject only its own promise; ${others.join(', ')} had failed)` : ''),
        expected: `resolved with ${show(record.result)}`,
        actual: settled.ok ? `resolved with ${show(settled.value)}` : `rejected with ${show(settled.reason)}`,
      });
    }
  };

  plan.submitters.forEach((submitter, s) => {
    ctx.spawn(`submitter ${s + 1}${label}`, async () => {
      if ((submitter.rest ?? 0) > 0) await ctx.activity('rest', submitter.rest ?? 0);
      const outcomes: Array<Promise<void>> = [];
      for (const [i, jobPlan] of submitter.jobs.entries()) {
        if (i > 0 && (submitter.gap ?? 0) > 0) await ctx.activity('pause', submitter.gap ?? 0);
        outcomes.push(submit(jobPlan));
      }
      await Promise.all(outcomes);
    });
  });

  ctx.spawn(`closer${label}`, async () => {
    if (plan.shutdownAt > 0) await ctx.activity('work until shutdown', plan.shutdownAt);
    shutdownCalled = true;
    const accepted = jobs.filter((j) => !j.refused);
    ctx.note(`shutdown() with ${accepted.filter((j) => j.endedAt === undefined).length} job(s) not finished`);
    let closing: Promise<void>;
    try {
      closing = pool.shutdown();
    } catch (error) {
      if (isNotImplemented(error)) throw error;
      closing = Promise.resolve().then(() => {
        throw error;
      });
    }
    const late = Array.from({ length: plan.lateJobs ?? 0 }, () => submit({ ms: 1 }));
    try {
      await closing;
    } catch (error) {
      if (isNotImplemented(error)) throw error;
      const failed = accepted.filter((j) => j.plan.fails === true && j.endedAt !== undefined).map((j) => `job ${j.n}`);
      fail({
        message:
          `shutdown()${label} rejected with ${show(error)}: it must resolve once every accepted job finished` +
          (failed.length > 0 ? ` (${failed.join(', ')} failed, which must affect only its own submit())` : ''),
        expected: 'shutdown() resolves',
        actual: `rejected with ${show(error)}`,
      });
      return;
    }
    const unfinished = accepted.filter((j) => j.endedAt === undefined);
    if (unfinished.length > 0) {
      const first = unfinished[0] as JobRecord;
      fail({
        message:
          `shutdown()${label} resolved while ${unfinished.length} job(s) submitted before it had not finished ` +
          `(${name(first)} ${first.startedAt === undefined ? 'had not even started' : 'was still running'}): it must wait for every accepted job`,
        expected: 'every accepted job finished',
        actual: `${unfinished.map((j) => `job ${j.n}`).join(', ')} unfinished`,
      });
    }
    if ((plan.lateJobs ?? 0) > 0) {
      late.push(submit({ ms: 1 })); // and once more after shutdown() resolved
      await Promise.all(late);
    }
  });

  return (): Failure | undefined => {
    if (failure !== undefined) return failure;
    for (const job of jobs) {
      if (job.settled === undefined) {
        return { message: `submit(job ${job.n})${label} never settled`, expected: 'every submit() settles', actual: `job ${job.n} pending` };
      }
      if (!job.refused && job.endedAt === undefined) {
        return { message: `${name(job)} never ran`, expected: 'every accepted job runs', actual: `job ${job.n} not run` };
      }
    }
    return idleWorker(jobs, k, label);
  };
}

/** Some stretch of virtual time in which a job waited for a worker while fewer than k jobs ran. */
function idleWorker(jobs: readonly JobRecord[], k: number, label: string): Failure | undefined {
  const ran = jobs.filter((j) => j.startedAt !== undefined && j.endedAt !== undefined);
  const times = [...new Set(ran.flatMap((j) => [j.submittedAt, j.startedAt as number, j.endedAt as number]))].sort((a, b) => a - b);
  for (let i = 0; i + 1 < times.length; i++) {
    const from = times[i] as number;
    const to = times[i + 1] as number;
    const waiting = ran.filter((j) => j.submittedAt <= from && (j.startedAt as number) >= to);
    if (waiting.length === 0) continue;
    const busy = ran.filter((j) => (j.startedAt as number) <= from && (j.endedAt as number) >= to).length;
    if (busy < k) {
      const first = waiting[0] as JobRecord;
      return {
        message:
          `from t=${from} to t=${to} ms only ${busy} of ${k} worker(s)${label} ran a job while job ${first.n} waited ` +
          `(submitted at t=${first.submittedAt}, started at t=${first.startedAt ?? '?'}): no worker may idle while a job waits`,
        expected: `${Math.min(k, busy + waiting.length)} jobs running`,
        actual: `${busy} running`,
      };
    }
  }
  return undefined;
}

export default spec;
