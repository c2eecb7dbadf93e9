// expect: violation
// Bug: each encode gets a deadline of 2 minutes, checked once a second; past it the client is reported as
// failed and its slot goes to the next client, while the slow encode still runs. Fine for an encoder that is
// never that slow. Schedule: the environment holds one encode back past the deadline; the round resolves
// (or another encode starts on a full slot) while that encode is still in flight.
import { setTimeout as nap } from 'node:timers/promises';

export interface Client {
  readonly id: string;
  readonly data: string;
}
export interface Encoder {
  encode(data: string): Promise<string>;
}

const DEADLINE_MS = 120_000;
const LOOK_EVERY_MS = 1_000;

class EncodeTimedOut extends Error {
  override name = 'EncodeTimedOut';
}

async function withDeadline(encoding: Promise<string>): Promise<string> {
  let finished = false;
  const watched = encoding.finally(() => (finished = true));
  watched.catch(() => undefined);
  const since = Date.now();
  while (!finished) {
    await Promise.race([watched.catch(() => undefined), nap(LOOK_EVERY_MS)]);
    if (!finished && Date.now() - since >= DEADLINE_MS) throw new EncodeTimedOut(`no result after ${DEADLINE_MS} ms`);
  }
  return watched;
}

export async function runOneRound(
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  const results = new Array<PromiseSettledResult<string>>(clients.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const encoder = makeEncoder();
    while (next < clients.length) {
      const at = next++;
      const client = clients[at] as Client;
      try {
        results[at] = { status: 'fulfilled', value: await withDeadline(encoder.encode(client.data)) };
      } catch (reason) {
        results[at] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, clients.length) }, () => worker()));
  return results;
}
