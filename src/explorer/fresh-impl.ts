/**
 * What the explorer judges when module state must not outlive a schedule: `load` is called once per
 * schedule, inside the schedule's setup scope, and returns the implementation read from a freshly
 * evaluated module. Timers or promises the module's top-level code makes belong to that schedule.
 */
export class FreshImpl<Impl> {
  constructor(readonly load: () => Impl) {}
}

/** The implementation one schedule uses. */
export function implForSchedule<Impl>(impl: Impl | FreshImpl<Impl>): Impl {
  return impl instanceof FreshImpl ? impl.load() : impl;
}
