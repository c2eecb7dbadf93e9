/** Thrown by learner stubs until the method is written. The test runner reports such a kata as pending. */
export class NotImplementedError extends Error {
  override name = 'NotImplementedError';
  constructor(what: string) {
    super(`${what} is not implemented yet`);
  }
}

/** Shorthand for stubs: `notImplemented('Foo.first')`. */
export function notImplemented(what: string): never {
  throw new NotImplementedError(what);
}

/** A primitive used against its rules, e.g. releasing a lock nobody holds (Python's RuntimeError). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Raised in tasks waiting at a barrier that was aborted or broken. */
export class BrokenBarrierError extends Error {
  override name = 'BrokenBarrierError';
}
