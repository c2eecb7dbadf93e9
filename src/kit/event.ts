import { defaultName } from './names';
import { controlled, scheduling } from './scheduling';
import { WaitQueue } from './wait-queue';

/**
 * A flag tasks can wait for, with asyncio semantics: `set` wakes every waiter and lets later `wait` calls
 * pass at once until `clear`. A wake-up is never lost: setting before anyone waits is fine.
 */
export class Event {
  readonly name: string;
  private flag = false;
  private readonly waiters: WaitQueue;

  constructor(name?: string) {
    this.name = name ?? defaultName('Event');
    this.waiters = new WaitQueue(`wait ${this.name}`);
  }

  /**
   * Resolves (to true) once the flag is set. The flag is checked, and the task queued, synchronously, as in
   * asyncio: `ev.clear(); await ev.wait()` cannot miss a `set()` that comes after it. A scheduling point either way.
   */
  wait(): Promise<true> {
    return controlled(this.waiting());
  }

  private async waiting(): Promise<true> {
    if (this.flag) await scheduling().point(`passed ${this.name}`);
    else await this.waiters.wait();
    return true;
  }

  set(): void {
    this.flag = true;
    this.waiters.wakeAll();
  }

  clear(): void {
    this.flag = false;
  }

  isSet(): boolean {
    return this.flag;
  }
}
