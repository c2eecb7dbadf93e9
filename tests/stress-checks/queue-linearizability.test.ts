import { linearizeQueue, type QueueCall } from './queue-linearizability';

/** A history written as a timeline: each call with its call and return times. */
const enq = (value: number, start: number, end: number, by = 'P'): QueueCall => ({ kind: 'enqueue', value, start, end, by });
const deq = (value: number, start: number, end: number, by = 'C'): QueueCall => ({ kind: 'dequeue', value, start, end, by });
const size = (value: number, at: number, by = 'S'): QueueCall => ({ kind: 'size', value, start: at, end: at, by });

describe('linearizability of a bounded queue history', () => {
  test('sequential calls in FIFO order are linearizable, and the order found is the real one', () => {
    const calls = [enq(1, 1, 2), enq(2, 3, 4), size(2, 5), deq(1, 6, 7), deq(2, 8, 9), size(0, 10)];
    const result = linearizeQueue(calls, 2);
    expect(result.kind).toBe('linearizable');
    if (result.kind === 'linearizable') expect(result.order).toEqual(calls);
  });

  test('an element that went in after another, with no overlap, must not come out first', () => {
    // 200 was put and returned before 100 was even offered; the consumer got 100 first.
    const result = linearizeQueue([enq(200, 1, 2, 'P2'), enq(100, 3, 4, 'P1'), deq(100, 5, 6), deq(200, 7, 8)], 2);
    expect(result.kind).toBe('not-linearizable');
    if (result.kind === 'not-linearizable') {
      expect(result.explained.map((c) => c.value)).toEqual([200]);
      expect(result.queue).toEqual([200]);
      expect(result.blocked.map((b) => b.call.value)).toEqual([100]);
      expect(result.blocked[0]?.why).toBe('the queue holds 200 (front first), so 100 would come out after 200, but 100 came out before anyone asked for 200');
    }
  });

  test('overlapping enqueues may take effect in either order', () => {
    // Both enqueues overlap, so 100 may have gone in first although its call started second.
    const result = linearizeQueue([enq(200, 1, 4), enq(100, 2, 3), deq(100, 5, 6), deq(200, 7, 8)], 2);
    expect(result.kind).toBe('linearizable');
  });

  test('a blocked enqueue takes effect only once there is room', () => {
    // Capacity 1: enqueue(2) waits from 3 to 8 and can only go in after dequeue → 1 took its element.
    const ok = linearizeQueue([enq(1, 1, 2), enq(2, 3, 8), deq(1, 4, 5), size(1, 9), deq(2, 10, 11)], 1);
    expect(ok.kind).toBe('linearizable');
    // The same, but enqueue(2) returned before anything left the full queue: no order explains it.
    const early = linearizeQueue([enq(1, 1, 2), enq(2, 3, 4), deq(1, 5, 6), deq(2, 7, 8)], 1);
    expect(early.kind).toBe('not-linearizable');
  });

  test('a dequeue that returned before its element was offered is not linearizable', () => {
    expect(linearizeQueue([deq(7, 1, 2), enq(7, 3, 4)], 1).kind).toBe('not-linearizable');
  });

  test('size() must have been true at its moment', () => {
    // After both enqueues returned and before any dequeue began, the queue held exactly two.
    const calls = (reported: number): QueueCall[] => [enq(1, 1, 2), enq(2, 3, 4), size(reported, 5), deq(1, 6, 7), deq(2, 8, 9)];
    expect(linearizeQueue(calls(2), 3).kind).toBe('linearizable');
    const wrong = linearizeQueue(calls(1), 3);
    expect(wrong.kind).toBe('not-linearizable');
    if (wrong.kind === 'not-linearizable') expect(wrong.blocked.map((b) => [b.call.kind, b.why])).toEqual([['size', 'the queue holds 1, 2 (front first), 2 elements']]);
  });

  test('size() during an overlapping call may see it either done or not', () => {
    const during = (reported: number): QueueCall[] => [enq(1, 1, 4), size(reported, 2), deq(1, 5, 6)];
    expect(linearizeQueue(during(0), 1).kind).toBe('linearizable');
    expect(linearizeQueue(during(1), 1).kind).toBe('linearizable');
    expect(linearizeQueue(during(2), 1).kind).toBe('not-linearizable');
  });

  test('many overlapping producers and consumers on a small queue stay fast', () => {
    // 8 producers block on a full queue of capacity 1; elements come out in the order they went in.
    const calls: QueueCall[] = [];
    let t = 0;
    const starts = Array.from({ length: 8 }, () => ++t);
    for (let k = 0; k < 8; k++) {
      const taken = ++t;
      calls.push(enq(100 * (k + 1), starts[k] as number, taken + 1, `P${k + 1}`));
      calls.push(deq(100 * (k + 1), taken, ++t + 1, 'C'));
      t += 1;
    }
    const result = linearizeQueue(calls, 1, 10_000);
    expect(result.kind).toBe('linearizable');
  });

  test('gives up, without a verdict, when the budget is spent', () => {
    const calls = [enq(1, 1, 2), enq(2, 3, 4), deq(1, 5, 6), deq(2, 7, 8)];
    expect(linearizeQueue(calls, 2, 2).kind).toBe('undecided');
  });
});
