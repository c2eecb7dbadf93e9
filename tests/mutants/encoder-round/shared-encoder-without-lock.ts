// expect: violation
// Bug: one encoder for the whole round, to save making one per client, and a semaphore for the concurrency
// limit, but no lock around the encoder: with a concurrency of 2 or more, two clients' encodes run on the
// same instance at once and the second overwrites the first one's buffer. Two clients at concurrency 2
// show it in the first schedule.
import { Semaphore } from '@kit';

export interface Client {
  readonly id: string;
  readonly data: string;
}
export interface Encoder {
  encode(data: string): Promise<string>;
}

export async function runOneRound(
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  const encoder = makeEncoder();
  const slots = new Semaphore(options.concurrency, 'encode slots');
  return Promise.allSettled(
    clients.map(async (client) => {
      await slots.acquire();
      try {
        return await encoder.encode(client.data);
      } finally {
        slots.release();
      }
    }),
  );
}
