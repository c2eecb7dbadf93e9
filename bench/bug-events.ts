import type { Caught } from './approach';

/** Pure types and helpers shared by the bug-finding child (bug-finding-child.ts) and its parent (bug-runner.ts). */

export interface Attempt {
  readonly approach: string;
  readonly caught: Caught | undefined;
  readonly schedules: number;
  readonly elapsedMs: number;
  readonly cut: boolean;
  /** The attempt never returned: it starved the event loop, and the parent killed the child after `elapsedMs`. */
  readonly hung?: boolean;
}

export interface MutantResult {
  readonly slug: string;
  readonly mutant: string;
  /** Set when the mutant was skipped, with the reason. */
  readonly skipped?: string;
  readonly attempts: readonly Attempt[];
}

/** One line of the child's output, after the marker. */
export type BugEvent =
  | { readonly kind: 'start'; readonly slug: string; readonly mutant: string; readonly approach: string }
  | { readonly kind: 'attempt'; readonly slug: string; readonly mutant: string; readonly attempt: Attempt }
  | { readonly kind: 'skipped'; readonly slug: string; readonly mutant: string; readonly reason: string }
  | { readonly kind: 'kata'; readonly slug: string; readonly mutants: readonly string[] }
  | { readonly kind: 'done' };

/** Lines that carry events start with this, so that anything else a mutant prints is not mistaken for one. */
export const EVENT_MARKER = '@@bench-event ';

export function attemptKey(slug: string, mutant: string, approach: string): string {
  return `${slug}/${mutant}/${approach}`;
}

export function eventLine(event: BugEvent): string {
  return EVENT_MARKER + JSON.stringify(event);
}

/** The event on a line of the child's output, or undefined for any other line. */
export function parseEvent(line: string): BugEvent | undefined {
  if (!line.startsWith(EVENT_MARKER)) return undefined;
  const value: unknown = JSON.parse(line.slice(EVENT_MARKER.length));
  if (typeof value !== 'object' || value === null || !('kind' in value)) throw new Error(`bad bench event: ${line}`);
  // Written by eventLine() in the same build of the bench: the shape is trusted once the kind is there.
  return value as BugEvent;
}

/**
 * Folds events into results, in the order the child ran them. `hung` attempts (added by the parent) go in
 * where they happened. Mutants of a kata appear in the kata's order; a kata with no events has none.
 */
export class ResultBuilder {
  private readonly bySlug = new Map<string, Map<string, { skipped?: string; attempts: Attempt[] }>>();

  private entry(slug: string, mutant: string): { skipped?: string; attempts: Attempt[] } {
    let kata = this.bySlug.get(slug);
    if (kata === undefined) {
      kata = new Map();
      this.bySlug.set(slug, kata);
    }
    let found = kata.get(mutant);
    if (found === undefined) {
      found = { attempts: [] };
      kata.set(mutant, found);
    }
    return found;
  }

  add(event: BugEvent): void {
    if (event.kind === 'kata') for (const mutant of event.mutants) this.entry(event.slug, mutant);
    else if (event.kind === 'attempt') this.entry(event.slug, event.mutant).attempts.push(event.attempt);
    else if (event.kind === 'skipped') this.entry(event.slug, event.mutant).skipped = event.reason;
  }

  hung(slug: string, mutant: string, approach: string, elapsedMs: number): void {
    this.entry(slug, mutant).attempts.push({ approach, caught: undefined, schedules: 0, elapsedMs, cut: true, hung: true });
  }

  results(slugs: readonly string[]): Map<string, MutantResult[]> {
    return new Map(
      slugs.map((slug) => [
        slug,
        [...(this.bySlug.get(slug) ?? new Map<string, { skipped?: string; attempts: Attempt[] }>())].map(([mutant, r]) => ({
          slug,
          mutant,
          ...(r.skipped === undefined ? {} : { skipped: r.skipped }),
          attempts: r.attempts,
        })),
      ]),
    );
  }
}
