// Idiom: no kit, no Promise constructor in the waiting paths: every waiter is a hand-written thenable
// (a plain object with a then method) that `await` adopts; items and free slots are handed over directly.

type Wake<V> = (value: V) => void;

/** A parked caller, awaitable because it has a then method (a thenable, not a Promise). */
class Parked<V> {
  private value: { v: V } | undefined;
  private readonly listeners: Array<Wake<V>> = [];
  wake(v: V): void {
    if (this.value !== undefined) return;
    this.value = { v };
    for (const l of this.listeners.splice(0)) l(v);
  }
  then(onFulfilled: Wake<V>): void {
    if (this.value !== undefined) onFulfilled(this.value.v);
    else this.listeners.push(onFulfilled);
  }
}

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: Array<Parked<T>> = [];
  private readonly putters: Array<{ item: T; parked: Parked<void> }> = [];
  private joiners: Array<Parked<void>> = [];
  private unfinished = 0;

  constructor(readonly capacity: number) {}

  async put(item: T): Promise<void> {
    if (this.items.length < this.capacity && this.putters.length === 0) {
      this.accept(item);
      return;
    }
    const parked = new Parked<void>();
    this.putters.push({ item, parked });
    await parked; // woken once the item is inside (moved in by a get)
  }

  /** The item goes in (or straight to the longest-waiting getter): it is unfinished from now on. */
  private accept(item: T): void {
    this.unfinished += 1;
    const getter = this.getters.shift();
    if (getter !== undefined) getter.wake(item);
    else this.items.push(item);
  }

  async get(): Promise<T> {
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      const next = this.putters.shift();
      if (next !== undefined) {
        this.accept(next.item);
        next.parked.wake();
      }
      return item;
    }
    const parked = new Parked<T>();
    this.getters.push(parked);
    return await parked;
  }

  taskDone(): void {
    if (this.unfinished <= 0) throw new Error('taskDone() called more times than there were items');
    this.unfinished -= 1;
    if (this.unfinished === 0) {
      const joiners = this.joiners;
      this.joiners = [];
      for (const j of joiners) j.wake();
    }
  }

  async join(): Promise<void> {
    if (this.unfinished === 0) return;
    const parked = new Parked<void>();
    this.joiners.push(parked);
    await parked;
  }
}
