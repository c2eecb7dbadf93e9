/**
 * Default names for primitives ("Semaphore#2"), numbered in creation order. The explorer resets the counters
 * before every schedule so that names, and therefore traces, are the same each time a schedule is replayed.
 */
const counters = new Map<string, number>();

export function defaultName(kind: string): string {
  const next = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, next);
  return `${kind}#${next}`;
}

export function resetDefaultNames(): void {
  counters.clear();
}
