// expect: violation
// Bug: per-client encoders under a semaphore, right so far, but the outcomes are gathered with
// Promise.all: the first failing client rejects the whole round, and every other client's result is lost
// (their encodes even go on after the round has given up). 3 clients whose second one fails show it.
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
  const slots = new Semaphore(options.concurrency, 'encode slots');
  const values = await Promise.all(
    clients.map(async (client) => {
      await slots.acquire();
      try {
        return await makeEncoder().encode(client.data);
      } finally {
        slots.release();
      }
    }),
  );
  return values.map((value) => ({ status: 'fulfilled', value }));
}
