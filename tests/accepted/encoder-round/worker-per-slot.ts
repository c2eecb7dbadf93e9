export interface Client {
  readonly id: string;
  readonly data: string;
}
export interface Encoder {
  encode(data: string): Promise<string>;
}

/**
 * `concurrency` workers, each with an encoder of its own that it reuses for every client it takes: an
 * encoder is never shared between workers, and a worker runs one encode at a time. Outcomes are written
 * into the client's slot, so the order is the clients'.
 */
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
      const index = next++;
      const client = clients[index] as Client;
      try {
        results[index] = { status: 'fulfilled', value: await encoder.encode(client.data) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, clients.length) }, worker));
  return results;
}
