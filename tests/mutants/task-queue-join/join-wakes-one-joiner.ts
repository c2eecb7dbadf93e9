// expect: deadlock
// Bug: the taskDone() that finishes the last item wakes only the first parked joiner (`joiners.shift()?.()`),
// as one would hand an item to one getter. But "all done" is news for every joiner: the others stay parked,
// and nothing will ever wake them, since no more work comes. Two joiners waiting while the only item is worked
// on: one returns, the other waits forever.
interface ParkedPutter<T> {
  readonly item: T;
  readonly resume: () => void;
}

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private unfinished = 0;
  private readonly putters: Array<ParkedPutter<T>> = [];
  private readonly getters: Array<(item: T) => void> = [];
  private readonly joiners: Array<() => void> = [];

  constructor(private readonly capacity: number) {}

  async put(item: T): Promise<void> {
    const getter = this.getters.shift();
    if (getter !== undefined) {
      this.unfinished += 1;
      getter(item);
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
      this.items.push(putter.item);
      putter.resume();
    }
    return item;
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new Error('taskDone() called too many times');
    this.unfinished -= 1;
    if (this.unfinished === 0) this.joiners.shift()?.();
  }

  async join(): Promise<void> {
    if (this.unfinished === 0) return;
    await new Promise<void>((resume) => this.joiners.push(resume));
  }
}
