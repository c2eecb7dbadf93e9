/**
 * The names failure pictures give async-mutex primitives (`Mutex#1`, `Semaphore#2`, numbered by the kit's
 * `defaultName`), kept beside the objects so the library's API gains no property. A withTimeout or tryAcquire
 * view is called by the name of what it wraps.
 */
const names = new WeakMap<object, string>();

export function nameShimObject(object: object, name: string): void {
  names.set(object, name);
}

/** The picture name of a shim object; a primitive from elsewhere (the learner's own) is 'a lock'. */
export function shimNameOf(object: object): string {
  return names.get(object) ?? 'a lock';
}
