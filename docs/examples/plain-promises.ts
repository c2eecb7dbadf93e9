/** A one-shot gate from a plain promise: `open` is the promise's resolve function. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const after = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

export async function main(): Promise<string[]> {
  const lines: string[] = [];

  // Like an Event that is never cleared: opening before anyone awaits is remembered, opening twice is harmless.
  const ready = gate();
  ready.open();
  const readers = ['a', 'b'].map(async (name) => {
    await ready.opened;
    lines.push(`${name} passed the gate`);
  });
  ready.open();
  await Promise.all(readers);

  // Promise.all waits for every promise and keeps the order of its input, not the order of completion.
  const results = await Promise.all([after(6, 'slow'), after(1, 'fast')]);
  lines.push(`Promise.all: ${results.join(', ')}`);

  // Promise.allSettled never rejects; it reports each outcome.
  const settled = await Promise.allSettled([after(1, 'ok'), Promise.reject(new Error('boom'))]);
  lines.push(`allSettled: ${settled.map((s) => s.status).join(', ')}`);

  // Promise.race settles with the first one; the others keep running.
  lines.push(`race: ${await Promise.race([after(6, 'slow'), after(1, 'fast')])}`);
  return lines;
}
