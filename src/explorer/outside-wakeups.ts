/**
 * Wake-ups the explorer does not schedule but must wait for: a message posted on a `MessagePort` (both
 * ends of a `MessageChannel` in one thread) or a `BroadcastChannel`. Node delivers each in the event loop's
 * next poll phase, a turn after the post (`Atomics.waitAsync` is virtual instead: atomics-wait.ts). The
 * explorer decides between immediates of one check phase, so without a note it would declare a deadlock
 * (or move the clock past every timer) while such a message is still on its way. A run that has seen a post
 * lets one full loop turn pass before deciding that nothing can run (`Run.noteOutsideWakeup`).
 *
 * Installed with the time sources (same lifetime, reference-counted there): each wrapper calls the real
 * method and notes the calling task's run, if any.
 */
import { parentPort } from 'node:worker_threads';

type Poster = (this: unknown, ...args: unknown[]) => unknown;

interface Wrapped {
  readonly owner: object;
  readonly key: string;
  readonly descriptor: PropertyDescriptor;
}

const wrapped: Wrapped[] = [];

function wrap(owner: object, key: string, noteCaller: () => void, ours?: unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  if (typeof descriptor?.value !== 'function') return;
  const real = descriptor.value as Poster;
  const replacement = {
    [key](this: unknown, ...args: unknown[]): unknown {
      if (this !== ours) noteCaller();
      return real.apply(this, args);
    },
  }[key] as Poster;
  Object.defineProperty(owner, key, { ...descriptor, value: replacement });
  wrapped.push({ owner, key, descriptor });
}

/**
 * Wraps the posting methods; `noteCaller` tells the calling task's run, if any, that a wake-up is on its way.
 * Posts on `hostPort`, the sandbox worker's own channel to its host (progress, the names of a case's tasks, at
 * every schedule), are not the code's: counted, they made every run wait a loop turn at every clock move.
 */
export function installOutsideWakeups(noteCaller: () => void, hostPort: unknown = parentPort ?? undefined): void {
  wrap(MessagePort.prototype, 'postMessage', noteCaller, hostPort);
  wrap(BroadcastChannel.prototype, 'postMessage', noteCaller);
}

/** Puts the real methods back. */
export function uninstallOutsideWakeups(): void {
  for (const { owner, key, descriptor } of wrapped.splice(0)) Object.defineProperty(owner, key, descriptor);
}
