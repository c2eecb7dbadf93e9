import { Semaphore } from '@kit';

export interface Client {
  readonly id: string;
  readonly data: string;
}
export interface Encoder {
  encode(data: string): Promise<string>;
}

/**
 * One encoder per client, so no instance is ever shared and nothing can overlap on it. A semaphore of
 * `concurrency` permits bounds the encodes in flight; each client's work takes a permit, makes its own
 * encoder, encodes, and gives the permit back in a `finally` (a failing encode frees its place too).
 * `Promise.allSettled` over the clients, in client order, keeps every outcome in its client's slot: a
 * failure is one `rejected` entry, never the end of the round.
 *
 * Invariant: encodes in flight = permits taken ≤ concurrency; each encoder sees exactly one call.
 */
export async function runOneRound(
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  const slots = new Semaphore(options.concurrency, 'encode slots');
  return Promise.allSettled(
    clients.map(async (client) => {
      await slots.acquire();
      try {
        return await makeEncoder().encode(client.data);
      } finally {
        slots.release();
      }
    }),
  );
}
