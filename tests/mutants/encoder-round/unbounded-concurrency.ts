// expect: violation
// Bug: one encoder per client, so nothing overlaps on an instance, but every client starts at once: the
// concurrency option is never read. Two clients at concurrency 1 already have 2 encodes in flight.
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
  _options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  return Promise.allSettled(clients.map((client) => makeEncoder().encode(client.data)));
}
