// expect: violation
// Bug: a handmade lock around the shared encoder: "if it is busy, wait until it is freed, then take it".
// The wait is an `if`, not a `while`: freeing the encoder wakes every waiter at once (an Event), and each
// of them takes it without looking again. Three clients at concurrency 3: the first encodes, two wait, and
// when it finishes both waiters start encoding on the one instance together.
import { Event } from '@kit';

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
  let busy = false;
  const freed = new Event('encoder freed');
  return Promise.allSettled(
    clients.map(async (client) => {
      if (busy) {
        freed.clear();
        await freed.wait();
      }
      busy = true;
      try {
        return await encoder.encode(client.data);
      } finally {
        busy = false;
        freed.set();
      }
    }),
  );
}
