// expect: violation
// Bug: encoders are cached in a module-level Map by client id ("one encoder per client", reused by later
// rounds); two rounds running at once that both have a client with the same id (two servers' "alice") use one
// encoder instance for two overlapping encode() calls, and a round's data goes to the other round's encoder.
export interface Client {
  readonly id: string;
  readonly data: string;
}

export interface Encoder {
  encode(data: string): Promise<string>;
}

const encoderOf = new Map<string, Encoder>();

export async function runOneRound(
  clients: readonly Client[],
  makeEncoder: () => Encoder,
  options: { concurrency: number },
): Promise<Array<PromiseSettledResult<string>>> {
  const results = new Array<PromiseSettledResult<string>>(clients.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < clients.length) {
      const i = next++;
      const client = clients[i] as Client;
      let encoder = encoderOf.get(client.id);
      if (encoder === undefined) encoderOf.set(client.id, (encoder = makeEncoder()));
      try {
        results[i] = { status: 'fulfilled', value: await encoder.encode(client.data) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, clients.length) }, worker));
  return results;
}
