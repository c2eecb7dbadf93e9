import { Lock, Semaphore, notImplemented } from '@kit';

/** One client of the round: a name and the data to encode. */
export interface Client {
  readonly id: string;
  readonly data: string;
}

/** An encoder. Not safe for concurrent use: never let two encode() calls on one instance overlap. */
export interface Encoder {
  encode(data: string): Promise<string>;
}

/**
 * Encoder Round: encode every client's data, with at most `options.concurrency` encode() calls in flight,
 * never two at once on the same encoder, and resolve to one settled result per client, in client order
 * (a client whose encode failed gets `{ status: 'rejected', reason }`, the others keep their values).
 * Replace the `notImplemented(...)` line; keep the function name and signature.
 * Check your work with: npm run kata -- encoder-round
 */
export async function runOneRound(
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  return notImplemented('runOneRound');
}
