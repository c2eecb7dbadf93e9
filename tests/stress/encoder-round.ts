import { exportedFunction, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface Client {
  readonly id: string;
  readonly data: string;
}
interface Encoder {
  encode(data: string): Promise<string>;
}
type RunOneRound = (
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  options: { concurrency: number },
) => Promise<Array<PromiseSettledResult<string>>>;

/** One client: how long its encode takes (virtual ms, ≥ 1) and whether the encoder rejects its data. */
interface ClientPlan {
  readonly ms: number;
  readonly fails?: boolean;
}

/** One round: its clients and its limit. */
interface RoundPlan {
  readonly clients: readonly ClientPlan[];
  readonly concurrency: number;
  /** Virtual ms before the round starts. */
  readonly rest?: number;
  /** Client ids as another round's (two servers each with a "client-1"); by default each round has its own. */
  readonly sameIdsAsOthers?: boolean;
}

interface Params {
  /** The rounds running at the same time, each in its own task with its own makeEncoder. */
  readonly rounds: readonly RoundPlan[];
}

const show = (value: unknown): string => {
  if (value instanceof Error) return `Error(${JSON.stringify(value.message)})`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? `Error(${v.message})` : v));
    } catch {
      return 'an object';
    }
  }
  return typeof value === 'function' ? 'a function' : String(value);
};

/** What a correct encoder makes of some data (the encoding itself is not the point). */
const encoding = (data: string): string => `encoded(${data.toUpperCase()})`;

const clients = (ms: readonly number[], fails: readonly number[] = []): ClientPlan[] =>
  ms.map((m, i) => (fails.includes(i) ? { ms: m, fails: true } : { ms: m }));
const one = (round: RoundPlan): Params => ({ rounds: [round] });

function randomCase(rng: Rng, index: number): KataCase<Params> {
  const n = rng.int(1, 8);
  const concurrency = rng.int(1, 5);
  const plan = Array.from({ length: n }, () => ({ ms: rng.int(1, 9), fails: rng.chance(0.2) }));
  return {
    label: `random #${index}: ${n} client(s), concurrency ${concurrency}`,
    params: one({ clients: plan, concurrency }),
    schedules: 8,
  };
}

/**
 * Encoder Round: one task per round calls runOneRound() with the spec's clients and a makeEncoder() whose
 * encoders take virtual time, reject some clients' data, and notice overlapping calls (they would corrupt
 * their output: the spec fails the schedule at once). Checked as it happens: at most `concurrency` encodes
 * in flight, no two at once on one encoder, each client encoded once, only this round's data. At the end:
 * one settled result per client, in client order, each the client's encoding or its encoder's very error,
 * and no encode still in flight when the round resolved.
 */
export const spec: KataSpec<RunOneRound, Params> = {
  slug: 'encoder-round',
  load: (exports) => exportedFunction<RunOneRound>(exports, 'runOneRound'),
  cases: (rng) => [
    { label: '2 clients, concurrency 2', params: one({ clients: clients([2, 1]), concurrency: 2 }), exhaustive: true },
    { label: '2 clients, concurrency 1', params: one({ clients: clients([1, 2]), concurrency: 1 }), exhaustive: true },
    {
      label: '3 clients, concurrency 3, the second one fails',
      params: one({ clients: clients([3, 1, 2], [1]), concurrency: 3 }),
      exhaustive: true,
    },
    { label: '5 clients, concurrency 2, the first is the slowest', params: one({ clients: clients([6, 1, 2, 1, 3]), concurrency: 2 }), schedules: 20 },
    {
      label: '6 clients, concurrency 3, two fail',
      params: one({ clients: clients([2, 4, 1, 3, 1, 2], [0, 3]), concurrency: 3 }),
      schedules: 20,
    },
    { label: '4 clients, concurrency 1', params: one({ clients: clients([2, 1, 3, 1], [2]), concurrency: 1 }), schedules: 10 },
    { label: '3 clients, concurrency 10 (more than clients)', params: one({ clients: clients([3, 2, 1]), concurrency: 10 }), schedules: 10 },
    { label: 'every client fails', params: one({ clients: clients([1, 2, 1], [0, 1, 2]), concurrency: 2 }), schedules: 10 },
    { label: 'no clients at all', params: one({ clients: [], concurrency: 2 }), schedules: 2 },
    {
      label: 'two rounds at once, each with its own makeEncoder',
      params: {
        rounds: [
          { clients: clients([2, 1, 3], [1]), concurrency: 2 },
          { clients: clients([1, 3, 1, 2]), concurrency: 2, rest: 1 },
        ],
      },
      schedules: 20,
    },
    ...Array.from({ length: 6 }, (_, i) => randomCase(rng.fork(i + 1), i + 1)),
    // Clients of two rounds may have the same ids: state a module keeps per client id is shared only then.
    {
      label: 'two rounds at once whose clients have the same ids',
      params: {
        rounds: [
          { clients: clients([2, 3]), concurrency: 2, sameIdsAsOthers: true },
          { clients: clients([3, 2]), concurrency: 2, sameIdsAsOthers: true },
        ],
      },
      schedules: 20,
    },
  ],
  scenario(run, params, ctx) {
    const many = params.rounds.length > 1;
    const checks = params.rounds.map((plan, r) => runRound(run, plan, many ? ` of round ${r + 1}` : '', many ? `r${r + 1}-` : '', ctx));
    return { check: () => firstFailure(checks) };
  },
};

interface ClientRecord {
  readonly client: Client;
  readonly plan: ClientPlan;
  readonly error: Error;
  encodes: number;
}

/** Spawns one round's task; returns the check to run when every task finished. */
function runRound(run: RunOneRound, plan: RoundPlan, label: string, prefix: string, ctx: ScenarioContext): () => Failure | undefined {
  const records: ClientRecord[] = plan.clients.map((clientPlan, i) => {
    const id = `${plan.sameIdsAsOthers === true ? '' : prefix}client-${i + 1}`;
    return { client: { id, data: `${prefix}data-${i + 1}` }, plan: clientPlan, error: new Error(`${id}'s data cannot be encoded`), encodes: 0 };
  });
  const byData = new Map(records.map((record) => [record.client.data, record]));
  let inFlight = 0;
  let encoders = 0;
  let failure: Failure | undefined;
  const fail = (f: Failure): void => {
    failure ??= f;
    ctx.fail(f);
  };

  const makeEncoder = (): Encoder => {
    encoders += 1;
    const number = encoders;
    /** The client whose encode is running on this instance, and the buffer it works in. */
    let busy: string | undefined;
    let buffer = '';
    return {
      async encode(data: unknown): Promise<string> {
        const record = typeof data === 'string' ? byData.get(data) : undefined;
        if (record === undefined) {
          fail({
            message: `encoder #${number}${label} was asked to encode ${show(data)}, which is no client's data in this round`,
            expected: `the data of a client${label}`,
            actual: show(data),
          });
          return '';
        }
        const id = record.client.id;
        record.encodes += 1;
        if (record.encodes > 1) {
          fail({ message: `${id}'s data was encoded a second time: each client is encoded once per round`, expected: 'one encode', actual: `${record.encodes} encodes` });
        }
        inFlight += 1;
        ctx.note(`encode ${id} on encoder #${number} (${inFlight} in flight)`);
        if (inFlight > plan.concurrency) {
          fail({
            message: `${inFlight} encodes${label} were in flight when ${id}'s began, with a concurrency of ${plan.concurrency}`,
            expected: `at most ${plan.concurrency} at once`,
            actual: `${inFlight} at once`,
          });
        }
        if (busy !== undefined) {
          fail({
            message:
              `encoder #${number}${label} was asked to encode ${id}'s data while it was still encoding ${busy}'s: ` +
              `an encoder is not safe for concurrent use, and the overlap corrupts its output`,
            expected: `${busy}'s encode finishes before ${id}'s begins on encoder #${number}`,
            actual: 'two encodes at once on one encoder',
          });
        }
        busy = id;
        buffer = data as string;
        try {
          await ctx.activity(`encode ${id}`, record.plan.ms);
        } finally {
          inFlight -= 1;
        }
        const out = encoding(buffer); // an overlapping call has overwritten the buffer: corrupted output
        busy = undefined;
        if (record.plan.fails === true) throw record.error;
        return out;
      },
    };
  };

  let result: unknown;
  let rejected: { reason: unknown } | undefined;
  let resolved = false;
  ctx.spawn(`round${label}`, async () => {
    if ((plan.rest ?? 0) > 0) await ctx.activity('rest', plan.rest ?? 0);
    try {
      result = await run(
        records.map((r) => r.client),
        makeEncoder,
        { concurrency: plan.concurrency },
      );
    } catch (reason) {
      if (reason instanceof Error && reason.name === 'NotImplementedError') throw reason; // the stub: not started
      rejected = { reason };
      return;
    }
    resolved = true;
    ctx.output(`round${label} resolved`);
    if (inFlight > 0) {
      fail({
        message: `runOneRound()${label} resolved while ${inFlight} encode(s) were still in flight: it must wait for every client`,
        expected: 'no encode in flight',
        actual: `${inFlight} in flight`,
      });
    }
  });

  return (): Failure | undefined => {
    if (failure !== undefined) return failure;
    if (rejected !== undefined) {
      const failed = records.filter((r) => r.plan.fails === true).map((r) => r.client.id);
      return {
        message:
          `runOneRound()${label} rejected with ${show(rejected.reason)}: it must resolve with one result per client` +
          (failed.length > 0 ? `, reporting ${failed.join(', ')}'s failure in its own slot without losing the others' results` : ''),
        expected: 'an array of settled results',
        actual: `rejected with ${show(rejected.reason)}`,
      };
    }
    if (!resolved) return { message: `runOneRound()${label} never resolved`, expected: 'an array of settled results' };
    if (!Array.isArray(result)) {
      return { message: `runOneRound()${label} must resolve to an array, one settled result per client`, actual: show(result) };
    }
    const got = result as unknown[];
    const expected = records.map((r) =>
      r.plan.fails === true ? `{ status: 'rejected', reason: ${show(r.error)} }` : `{ status: 'fulfilled', value: ${show(encoding(r.client.data))} }`,
    );
    const shown = (entry: unknown): string => {
      if (typeof entry !== 'object' || entry === null) return show(entry);
      const e = entry as { status?: unknown; value?: unknown; reason?: unknown };
      if (e.status === 'fulfilled') return `{ status: 'fulfilled', value: ${show(e.value)} }`;
      if (e.status === 'rejected') return `{ status: 'rejected', reason: ${show(e.reason)} }`;
      return show(entry);
    };
    const both = { expected: expected.join('\n'), actual: got.map(shown).join('\n') };
    if (got.length !== records.length) {
      return { message: `runOneRound()${label} returned ${got.length} result(s) for ${records.length} client(s)`, ...both };
    }
    for (const [i, record] of records.entries()) {
      const entry = got[i] as { status?: unknown; value?: unknown; reason?: unknown } | null | undefined;
      const id = record.client.id;
      const right =
        typeof entry === 'object' &&
        entry !== null &&
        (record.plan.fails === true
          ? entry.status === 'rejected' && entry.reason === record.error
          : entry.status === 'fulfilled' && entry.value === encoding(record.client.data));
      if (right) continue;
      const elsewhere = got.findIndex(
        (e, j) =>
          j !== i &&
          typeof e === 'object' &&
          e !== null &&
          ((e as { value?: unknown }).value === encoding(record.client.data) || (e as { reason?: unknown }).reason === record.error),
      );
      return {
        message:
          elsewhere >= 0
            ? `result ${i + 1}${label} should be ${id}'s, but ${id}'s outcome is at position ${elsewhere + 1}: results must be in client order, not in the order the encodes finished`
            : `result ${i + 1}${label} should be ${expected[i] ?? '?'} (${id}${record.plan.fails === true ? ', whose encode threw' : ''}), but it is ${shown(entry)}`,
        ...both,
      };
    }
    return undefined;
  };
}

export default spec;
