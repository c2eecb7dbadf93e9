// expect: violation
// Bug: workers push each outcome onto the results as it arrives, so the array is in the order the encodes
// finished, not in client order. Any round where an earlier client is slower than a later one shows it:
// 2 clients taking 2 ms and 1 ms at concurrency 2 return client 2's result first.
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
  const results: Array<PromiseSettledResult<string>> = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < clients.length) {
      const client = clients[next++] as Client;
      try {
        results.push({ status: 'fulfilled', value: await makeEncoder().encode(client.data) });
      } catch (reason) {
        results.push({ status: 'rejected', reason });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, clients.length) }, worker));
  return results;
}
