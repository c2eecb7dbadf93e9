/**
 * Plain promises, no kit: three lines of parked callers. A put that finds the queue full parks with its item;
 * a get that finds it empty parks; a join that finds unfinished work parks. Wakers hand over directly: get
 * moves the first parked putter's item into the slot it just freed, put gives its item straight to the first
 * parked getter, and the taskDone that brings the count to 0 resolves every parked joiner at once (the whole
 * line, not its first entry). So no woken caller has anything left to check.
 *
 * Invariant: unfinished counts the items that entered the queue (or went straight to a getter) and were not
 * marked done; putters park only while the queue is full, getters only while it is empty, joiners only while
 * unfinished > 0.
 */
interface ParkedPutter<T> {
  readonly item: T;
  readonly resume: () => void;
}

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private unfinished = 0;
  private readonly putters: Array<ParkedPutter<T>> = [];
  private readonly getters: Array<(item: T) => void> = [];
  private joiners: Array<() => void> = [];

  constructor(private readonly capacity: number) {}

  async put(item: T): Promise<void> {
    const getter = this.getters.shift();
    if (getter !== undefined) {
      this.unfinished += 1;
      getter(item); // the queue is empty and someone waits: hand the item over
      return;
    }
    if (this.items.length < this.capacity) {
      this.unfinished += 1;
      this.items.push(item);
      return;
    }
    await new Promise<void>((resume) => this.putters.push({ item, resume }));
  }

  async get(): Promise<T> {
    if (this.items.length === 0) return new Promise<T>((resume) => this.getters.push(resume));
    const item = this.items.shift() as T;
    const putter = this.putters.shift();
    if (putter !== undefined) {
      this.unfinished += 1;
      this.items.push(putter.item); // fill the slot just freed on the parked putter's behalf
      putter.resume();
    }
    return item;
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new Error('taskDone() called more times than there were items');
    this.unfinished -= 1;
    if (this.unfinished > 0) return;
    const woken = this.joiners;
    this.joiners = [];
    for (const wake of woken) wake();
  }

  async join(): Promise<void> {
    if (this.unfinished === 0) return;
    await new Promise<void>((resume) => this.joiners.push(resume));
  }
}
