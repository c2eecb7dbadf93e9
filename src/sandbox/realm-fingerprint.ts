/**
 * What a judged file could leave behind in the worker's realm for the next file judged there: the global
 * object's own properties and those of the built-in constructors and their prototypes (a file that adds
 * `Array.prototype.last`, replaces `Math.max` or sets a global variable). A sandbox worker is reused only
 * while this is unchanged, so every file is judged as in a fresh worker.
 *
 * Each property is compared by its descriptor's identity (value, getter, setter): a property whose value is
 * a primitive that changed counts too. Nested state of a global's value (a global `Map` filled by a file)
 * is not compared; neither is what a file does through a closure of the workbook's own modules.
 */
export type RealmFingerprint = ReadonlyMap<object, { readonly name: string; readonly properties: ReadonlyMap<PropertyKey, unknown> }>;

/** The objects compared, by the name a report gives them: the global object, and the built-ins on it. */
function builtins(): Map<object, string> {
  const found = new Map<object, string>([[globalThis, 'globalThis']]);
  for (const key of Reflect.ownKeys(globalThis)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(globalThis, key);
    const value: unknown = descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
    const name = String(key);
    if (typeof value === 'function') {
      if (!found.has(value)) found.set(value, name);
      const prototype: unknown = (value as { prototype?: unknown }).prototype;
      if (typeof prototype === 'object' && prototype !== null && !found.has(prototype)) found.set(prototype, `${name}.prototype`);
    } else if (typeof value === 'object' && value !== null && NAMESPACES.has(name) && !found.has(value)) {
      found.set(value, name);
    }
  }
  return found;
}

/** Global objects that are not constructors but hold built-in functions a file might replace. */
const NAMESPACES = new Set(['Math', 'JSON', 'Reflect', 'Atomics', 'Intl', 'console', 'process', 'performance']);

/** The identities that make up one property: its value, or its getter and setter. */
function identity(target: object, key: PropertyKey): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
  if (descriptor === undefined) return undefined;
  return 'value' in descriptor ? descriptor.value : [descriptor.get, descriptor.set];
}

export function takeFingerprint(): RealmFingerprint {
  const fingerprint = new Map<object, { name: string; properties: Map<PropertyKey, unknown> }>();
  for (const [target, name] of builtins()) {
    const properties = new Map<PropertyKey, unknown>();
    for (const key of Reflect.ownKeys(target)) properties.set(key, identity(target, key));
    fingerprint.set(target, { name, properties });
  }
  return fingerprint;
}

type Accessor = [get: (() => unknown) | undefined, set: unknown];

function sameIdentity(target: object, a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a[0] === b[0] && a[1] === b[1];
  if (Array.isArray(a) && !Array.isArray(b)) return materialized(target, a as Accessor, b);
  return Object.is(a, b);
}

/**
 * Whether an accessor that became a data property only materialized: Node defines some globals
 * (`AbortController`, `DOMException`, ...) as getters that replace themselves with their value on first
 * read. Asking the old getter again gives the built-in value (and defines it again, which changes nothing
 * if it was there): a file that assigned something else is told apart.
 */
function materialized(target: object, [get]: Accessor, value: unknown): boolean {
  if (get === undefined) return false;
  try {
    return Object.is(Reflect.apply(get, target, []), value);
  } catch {
    return false;
  }
}

/** A description of the first difference from `before` ("globalThis.foo was added"), or undefined if none. */
export function realmChange(before: RealmFingerprint): string | undefined {
  const after = takeFingerprint();
  for (const [target, { name, properties }] of after) {
    // A built-in not seen before appeared as a global property, which is compared on globalThis: a lazily
    // defined global materialized, or a file added a global constructor ("globalThis.X was added").
    const earlier = before.get(target)?.properties;
    if (earlier === undefined) continue;
    for (const [key, value] of properties) {
      if (!earlier.has(key)) return `${name}.${String(key)} was added`;
      if (!sameIdentity(target, earlier.get(key), value)) return `${name}.${String(key)} was changed`;
    }
    for (const key of earlier.keys()) if (!properties.has(key)) return `${name}.${String(key)} was deleted`;
  }
  return undefined;
}
