/**
 * Plain promises, no kit: two FIFO lines of parked callers. A producer that finds the queue full parks
 * until a dequeue frees a slot; a consumer that finds it empty parks until an enqueue brings an element.
 * A waker hands over directly: dequeue moves the first parked producer's element into the freed slot
 * before waking it, and enqueue gives its element straight to the first parked consumer. So nobody can
 * barge into a slot meant for a woken task, and no re-check loop is needed.
 *
 * Invariant: producers park only while items.length === capacity, consumers only while items is empty,
 * so at most one of the two lines is non-empty, and items.length never exceeds capacity.
 */
interface ParkedProducer {
  readonly element: number;
  readonly resume: () => void;
}

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly producers: ParkedProducer[] = [];
  private readonly consumers: Array<(element: number) => void> = [];

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    const consumer = this.consumers.shift();
    if (consumer !== undefined) {
      consumer(element); // the queue is empty and someone waits: hand the element over
      return;
    }
    if (this.items.length < this.capacity) {
      this.items.push(element);
      return;
    }
    await new Promise<void>((resume) => this.producers.push({ element, resume }));
  }

  async dequeue(): Promise<number> {
    if (this.items.length === 0) {
      return new Promise<number>((resume) => this.consumers.push(resume));
    }
    const element = this.items.shift() as number;
    const producer = this.producers.shift();
    if (producer !== undefined) {
      this.items.push(producer.element); // fill the slot just freed on the parked producer's behalf
      producer.resume();
    }
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
