import { Semaphore } from 'async-mutex';

export type Verify = (user: number, referee: number) => Promise<void>;

/**
 * async-mutex instead of the kit: its Semaphore counts the free referees (first come, first served), an
 * `idle` list says which ones they are, and runExclusive() gives the permit back however the verification
 * ends. close() simply awaits every join's promise: nobody joins after close(), so the list is complete.
 */
export class RefereeQueue {
  private readonly referees: Semaphore;
  private readonly idle: number[];
  private readonly joins: Array<Promise<void>> = [];

  constructor(
    count: number,
    private readonly verify: Verify,
  ) {
    this.referees = new Semaphore(count);
    this.idle = Array.from({ length: count }, (_, r) => r);
  }

  join(user: number): Promise<void> {
    const done = this.referees.runExclusive(async () => {
      const referee = this.idle.shift() as number;
      try {
        await this.verify(user, referee);
      } finally {
        this.idle.push(referee);
      }
    });
    this.joins.push(done);
    return done;
  }

  async close(): Promise<void> {
    await Promise.all(this.joins);
  }
}
