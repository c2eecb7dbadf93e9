// expect: violation
// Bug: one shared encoder behind a lock, but the lock guards only the call, not the work: encode() is
// called under the lock, which is released as soon as the call has returned its promise, and the promise
// is awaited outside. The next client takes the lock and starts encoding on the same instance while the
// first encode still runs. Two clients at concurrency 2 show it.
import { Lock } from '@kit';

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
  const encoder = makeEncoder();
  const lock = new Lock('encoder');
  return Promise.allSettled(
    clients.map(async (client) => {
      await lock.acquire();
      let pending: Promise<string>;
      try {
        pending = encoder.encode(client.data);
      } finally {
        lock.release();
      }
      return pending;
    }),
  );
}
