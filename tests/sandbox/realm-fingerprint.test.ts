import { realmChange, takeFingerprint } from '../../src/sandbox/realm-fingerprint';

/** What a judged file may leave behind for the next file judged in the same worker (see SandboxWorker). */
describe('the realm fingerprint', () => {
  const scratch = globalThis as { kataScratch?: unknown };

  test('sees nothing when nothing changed', () => {
    expect(realmChange(takeFingerprint())).toBeUndefined();
  });

  test('sees a global variable added, changed and deleted', () => {
    const empty = takeFingerprint();
    scratch.kataScratch = 1;
    try {
      expect(realmChange(empty)).toBe('globalThis.kataScratch was added');
      const one = takeFingerprint();
      scratch.kataScratch = 2; // a primitive that changed counts too
      expect(realmChange(one)).toBe('globalThis.kataScratch was changed');
    } finally {
      delete scratch.kataScratch;
    }
    expect(realmChange(empty)).toBeUndefined();
  });

  test('sees a method added to or replaced on a built-in prototype or namespace', () => {
    const before = takeFingerprint();
    const max = Math.max;
    Object.defineProperty(Array.prototype, 'kataLast', { value: () => undefined, configurable: true });
    try {
      expect(realmChange(before)).toBe('Array.prototype.kataLast was added');
    } finally {
      delete (Array.prototype as { kataLast?: unknown }).kataLast;
    }
    Math.max = (...values: number[]) => max(...values);
    try {
      expect(realmChange(before)).toBe('Math.max was changed');
    } finally {
      Math.max = max;
    }
    expect(realmChange(before)).toBeUndefined();
  });
});

test('a lazily defined global that materializes on first read is no change; one assigned over is', () => {
  const scratch = globalThis as { kataLazy?: unknown };
  const builtIn = { builtIn: true };
  // As Node defines AbortController and others: a getter that replaces itself with its value.
  const defineLazy = (): void => {
    Object.defineProperty(globalThis, 'kataLazy', {
      get() {
        Object.defineProperty(globalThis, 'kataLazy', { value: builtIn, writable: true, configurable: true });
        return builtIn;
      },
      configurable: true,
    });
  };
  try {
    defineLazy();
    const before = takeFingerprint();
    expect(scratch.kataLazy).toBe(builtIn);
    expect(realmChange(before)).toBeUndefined();
    defineLazy();
    const again = takeFingerprint();
    Object.defineProperty(globalThis, 'kataLazy', { value: { mine: true }, writable: true, configurable: true });
    expect(realmChange(again)).toBe('globalThis.kataLazy was changed');
  } finally {
    delete scratch.kataLazy;
  }
});
