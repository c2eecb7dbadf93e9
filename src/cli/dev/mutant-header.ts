/**
 * A mutant's first line declares how the stress test must reject it: `// expect: <kind>`. (The mutant-kinds
 * work adds the same reader to the jest harness; once both are in, one of the two should import the other.)
 */
export const failureKinds = ['violation', 'deadlock', 'livelock', 'crash', 'hang', 'across'] as const;
export type FailureKind = (typeof failureKinds)[number];

const isFailureKind = (word: string): word is FailureKind => (failureKinds as readonly string[]).includes(word);

/** The declared kind, or a sentence saying what is wrong with the first line. */
export function expectedKind(source: string): { kind: FailureKind } | { problem: string } {
  const first = source.split('\n', 1)[0]?.trim() ?? '';
  const match = /^\/\/\s*expect:\s*(\S*)\s*$/.exec(first);
  const usage = `\`// expect: <kind>\` with kind one of ${failureKinds.join(', ')}`;
  if (match === null) return { problem: `its first line must be ${usage}` };
  const word = match[1] ?? '';
  return isFailureKind(word) ? { kind: word } : { problem: `declares "${word}", but the kind must be one of ${failureKinds.join(', ')}` };
}
