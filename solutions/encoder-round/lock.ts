import { Lock } from '@kit';

export interface Client {
  readonly id: string;
  readonly data: string;
}
export interface Encoder {
  encode(data: string): Promise<string>;
}

/**
 * One encoder for the whole round, behind a lock: each client's encode runs inside `withLock`, which
 * releases only when the encode has settled (resolved or thrown), so two calls never overlap on the
 * instance. One encode at a time is within any concurrency ≥ 1; the price is that the encodes no longer
 * overlap at all. Results are collected by `Promise.allSettled` over the clients, so they come out in client
 * order and a failure stays in its own slot.
 *
 * Invariant: the lock is held from just before encode() is called until its promise settled.
 */
export async function runOneRound(
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  _options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  const encoder = makeEncoder();
  const lock = new Lock('encoder');
  return Promise.allSettled(clients.map((client) => lock.withLock(() => encoder.encode(client.data))));
}
