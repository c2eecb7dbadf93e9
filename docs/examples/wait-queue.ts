import { sleep, WaitQueue } from '@kit';

class LatchTimeout extends Error {
  override name = 'LatchTimeout';
}

/** A count-down latch: wait() blocks until countDown() was called `count` times. Built on WaitQueue. */
class CountDownLatch {
  private readonly waiters = new WaitQueue('the latch to reach 0');

  constructor(private count: number) {}

  countDown(): void {
    if (this.count === 0) return;
    this.count -= 1;
    if (this.count === 0) this.waiters.wakeAll();
  }

  async wait(): Promise<void> {
    if (this.count > 0) await this.waiters.wait();
  }

  /** Like wait(), but gives up after `ms`: the parking is withdrawn from the queue and failed. */
  async waitAtMost(ms: number): Promise<boolean> {
    if (this.count === 0) return true;
    const parking = this.waiters.enter();
    void sleep(ms).then(() => this.waiters.withdraw(parking, new LatchTimeout()));
    try {
      await parking.promise;
      return true;
    } catch (error) {
      if (error instanceof LatchTimeout) return false;
      throw error;
    }
  }
}

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  const servicesUp = new CountDownLatch(3);
  const impatient = servicesUp.waitAtMost(2).then((opened) => lines.push(`impatient: opened in time? ${opened}`));
  const patient = servicesUp.wait().then(() => lines.push('patient: all three services are up'));
  for (const service of ['db', 'cache', 'queue']) {
    await sleep(3);
    lines.push(`${service} is up`);
    servicesUp.countDown();
  }
  await Promise.all([impatient, patient]);
  return lines;
}
