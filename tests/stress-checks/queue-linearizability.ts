/**
 * Linearizability of a bounded FIFO queue's history: is there one order of all the calls, consistent with
 * which call returned before which other call began, in which a sequential queue of the same capacity gives
 * exactly the results that were observed? That is what "a first-in-first-out queue shared by many tasks"
 * promises; checking it on the whole history catches what per-producer order checks miss (two producers'
 * elements swapped, a size() that was never true at any moment, an element that overtook another).
 *
 * Blocking calls are linearized like any other: an enqueue may take effect only while the sequential queue
 * has room, a dequeue only while it is not empty, at any moment between its call and its return.
 *
 * The search is Wing and Gong's, with Lowe's memo of failed states: take any call that no other remaining
 * call must precede, apply it to the sequential queue if it fits, go on; backtrack when nothing fits. Two
 * facts keep it small on real histories: a dequeue can only take the front element, and an element must not
 * be put behind one whose dequeue started only after its own dequeue returned.
 */

/** One finished call, with the logical times (one counter for the whole run) of its call and its return. */
export interface QueueCall {
  readonly kind: 'enqueue' | 'dequeue' | 'size';
  /** enqueue: the element put in; dequeue: the element returned; size: the size returned. */
  readonly value: number;
  readonly start: number;
  /** At least `start`; equal to it for a call that never waits (size). */
  readonly end: number;
  /** Who made the call, for messages. */
  readonly by: string;
}

export type Linearization =
  | { readonly kind: 'linearizable'; readonly order: readonly QueueCall[] }
  | {
      readonly kind: 'not-linearizable';
      /** The longest sequence of calls that could be explained, and the queue's content after it. */
      readonly explained: readonly QueueCall[];
      readonly queue: readonly number[];
      /** The calls that could have come next there, none of which fits the queue, each with the reason. */
      readonly blocked: ReadonlyArray<{ readonly call: QueueCall; readonly why: string }>;
    }
  /** The search gave up after `budget` steps: neither a proof nor a counterexample. */
  | { readonly kind: 'undecided' };

class OutOfBudget extends Error {}

/** How a call reads in a message: "enqueue(200) by producer 2", "dequeue() → 100 by consumer 1". */
export function describeCall(call: QueueCall): string {
  switch (call.kind) {
    case 'enqueue':
      return `enqueue(${call.value}) by ${call.by}`;
    case 'dequeue':
      return `dequeue() → ${call.value} by ${call.by}`;
    default:
      return `size() → ${call.value} by ${call.by}`;
  }
}

/**
 * Searches an order of `calls` (complete: every call returned) that a sequential FIFO queue of `capacity`
 * explains. Values put in must be distinct. `budget` bounds the search steps.
 */
export function linearizeQueue(calls: readonly QueueCall[], capacity: number, budget = 200_000): Linearization {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  const n = sorted.length;
  const done = new Uint8Array(n);
  /** The dequeue that returned each element, to prune orders that would make it overtake another. */
  const dequeueOf = new Map<number, QueueCall>();
  for (const call of sorted) if (call.kind === 'dequeue') dequeueOf.set(call.value, call);
  const queue: number[] = [];
  const order: QueueCall[] = [];
  const failedStates = new Set<string>();
  let steps = 0;
  let deepest: { explained: QueueCall[]; queue: number[]; blocked: Array<{ call: QueueCall; why: string }>; stuckOnSize: boolean } = {
    explained: [],
    queue: [],
    blocked: [],
    stuckOnSize: true,
  };

  /** Whether `call` can take effect now on the sequential queue. */
  const fits = (call: QueueCall): boolean => {
    switch (call.kind) {
      case 'enqueue': {
        if (queue.length >= capacity) return false;
        const own = dequeueOf.get(call.value);
        // Behind every element in the queue now; none of them may have to come out after this one.
        return own === undefined || queue.every((y) => !((dequeueOf.get(y)?.start ?? Infinity) > own.end));
      }
      case 'dequeue':
        return queue.length > 0 && queue[0] === call.value;
      default:
        return queue.length === call.value;
    }
  };
  /** Why `call` cannot take effect now (it does not fit). */
  const whyNot = (call: QueueCall): string => {
    const content = queue.length === 0 ? 'the queue is empty' : `the queue holds ${queue.join(', ')} (front first)`;
    switch (call.kind) {
      case 'enqueue': {
        if (queue.length >= capacity) return `${content}: full at capacity ${capacity}`;
        const own = dequeueOf.get(call.value);
        const ahead = queue.find((y) => (dequeueOf.get(y)?.start ?? Infinity) > (own?.end ?? Infinity));
        return `${content}, so ${call.value} would come out after ${String(ahead)}, but ${call.value} came out before anyone asked for ${String(ahead)}`;
      }
      case 'dequeue':
        return queue.length === 0 ? content : `${content}: ${String(queue[0])} is at the front`;
      default:
        return `${content}, ${queue.length} element${queue.length === 1 ? '' : 's'}`;
    }
  };
  const apply = (call: QueueCall): void => {
    if (call.kind === 'enqueue') queue.push(call.value);
    else if (call.kind === 'dequeue') queue.shift();
  };
  const undo = (call: QueueCall): void => {
    if (call.kind === 'enqueue') queue.pop();
    else if (call.kind === 'dequeue') queue.unshift(call.value);
  };

  /** `lo`: every call before it (in start order) is done. Returns true when the rest can be ordered. */
  const search = (from: number): boolean => {
    let lo = from;
    while (lo < n && done[lo] === 1) lo++;
    if (lo === n) return true;
    if (++steps > budget) throw new OutOfBudget();
    // The calls that may come next: those that start before every remaining call has returned. Calls
    // further on start later than the earliest remaining return, so the scan stops there.
    let earliestEnd = Infinity;
    let scanEnd = lo;
    for (; scanEnd < n && (sorted[scanEnd] as QueueCall).start <= earliestEnd; scanEnd++) {
      if (done[scanEnd] === 0) earliestEnd = Math.min(earliestEnd, (sorted[scanEnd] as QueueCall).end);
    }
    // The memo is only needed once something failed; most histories never backtrack.
    const stateKey = (): string => `${lo}:${done.subarray(lo, scanEnd).join('')}|${queue.join(',')}`;
    const key = failedStates.size > 0 ? stateKey() : undefined;
    if (key !== undefined && failedStates.has(key)) return false;
    const candidates: number[] = [];
    for (let i = lo; i < scanEnd; i++) if (done[i] === 0 && (sorted[i] as QueueCall).start <= earliestEnd) candidates.push(i);
    candidates.sort((a, b) => (sorted[a] as QueueCall).end - (sorted[b] as QueueCall).end);
    for (const i of candidates) {
      const call = sorted[i] as QueueCall;
      if (!fits(call)) continue;
      done[i] = 1;
      apply(call);
      order.push(call);
      if (search(lo)) return true;
      order.pop();
      undo(call);
      done[i] = 0;
    }
    // The explanation to report: the one that got furthest; among those, one stuck on an element's order
    // rather than on a size() (which is often stuck only because overlapping enqueues were tried in the
    // wrong order, a less telling story).
    const stuckOnSize = candidates.some((i) => (sorted[i] as QueueCall).kind === 'size');
    if (order.length > deepest.explained.length || (order.length === deepest.explained.length && deepest.stuckOnSize && !stuckOnSize)) {
      const blocked = candidates.map((i) => ({ call: sorted[i] as QueueCall, why: whyNot(sorted[i] as QueueCall) }));
      deepest = { explained: [...order], queue: [...queue], blocked, stuckOnSize };
    }
    failedStates.add(key ?? stateKey());
    return false;
  };

  try {
    if (search(0)) return { kind: 'linearizable', order };
  } catch (error) {
    if (error instanceof OutOfBudget) return { kind: 'undecided' };
    throw error;
  }
  return { kind: 'not-linearizable', explained: deepest.explained, queue: deepest.queue, blocked: deepest.blocked };
}
