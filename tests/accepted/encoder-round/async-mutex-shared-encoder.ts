import { Mutex } from 'async-mutex';

export interface Client {
  readonly id: string;
  readonly data: string;
}
export interface Encoder {
  encode(data: string): Promise<string>;
}

/** One shared encoder behind async-mutex's `runExclusive`, which holds the mutex until the encode settled. */
export async function runOneRound(
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  _options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  const encoder = makeEncoder();
  const mutex = new Mutex();
  return Promise.allSettled(clients.map((client) => mutex.runExclusive(() => encoder.encode(client.data))));
}
