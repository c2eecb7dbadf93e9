import { z } from 'zod';
import { CatalogError } from './catalog-error';

/**
 * The shape of problems/catalog.json, checked every time the catalog is read. The TypeScript types below are
 * inferred from it, and `npm run kata -- dev sync` writes it out as problems/catalog.schema.json, which the
 * catalog names in `$schema` so that editors complete and check it as it is typed.
 */

/** The message for a value of the wrong type: a missing field is the common case, and says so. */
const wrongType =
  (expected: string) =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined ? 'is missing' : `must be ${expected}`;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z
  .string({ error: wrongType('a string') })
  .regex(slugPattern, { error: 'must be lowercase words joined by hyphens, like print-in-order' });
const text = z.string({ error: wrongType('a string') }).trim().min(1, { error: 'must not be empty' });
const texts = (least: number, what: string) =>
  z
    .array(text, { error: wrongType(`a list of ${what}`) })
    .min(least, { error: `must list at least ${least} ${what}` })
    .readonly();

export const trackSchema = z
  .strictObject({
    id: slug.meta({ description: 'What katas name in their "track" field.' }),
    title: text.meta({ description: 'Shown as the heading of the track in the generated tables.' }),
    description: text.meta({ description: 'One sentence: what the katas of this track have in common.' }),
  })
  .readonly();

export const kataSchema = z
  .strictObject({
    slug: slug.meta({ description: 'The one name of the kata: problems/<slug>/, solutions/<slug>/, tests/<slug>.test.ts, ...' }),
    track: slug.meta({ description: 'The id of one of the catalog\'s tracks.' }),
    leetcode: z
      .number({ error: wrongType('a number') })
      .int({ error: 'must be a whole number' })
      .positive({ error: 'must be positive' })
      .optional()
      .meta({ description: 'The LeetCode problem number, for katas that retell a LeetCode problem.' }),
    title: text.meta({ description: 'The title shown in the statement, the tables and the board.' }),
    difficulty: z.enum(['easy', 'medium', 'hard'], { error: wrongType('easy, medium or hard') }).meta({ description: 'As LeetCode rates it, or as we would.' }),
    concepts: texts(1, 'concepts').meta({ description: 'What the kata teaches, most important first.' }),
    primitives: texts(1, 'primitives').meta({ description: 'What the reference solutions use (kit names, or words like "plain promises").' }),
    hints: texts(1, 'hints').meta({ description: 'Shown one at a time by `npm run kata -- hint <slug>`, each more explicit; three or more.' }),
  })
  .readonly();

export const catalogSchema = z
  .strictObject({
    $schema: z.string().optional(),
    $comment: z.string().optional(),
    tracks: z.array(trackSchema, { error: wrongType('a list of tracks') }).min(1, { error: 'must list at least one track' }).readonly(),
    katas: z.array(kataSchema, { error: wrongType('a list of katas') }).min(1, { error: 'must list at least one kata' }).readonly(),
  })
  .readonly()
  .superRefine((catalog, ctx) => {
    const tracks = new Set(catalog.tracks.map((track) => track.id));
    const seenSlugs = new Set<string>();
    const seenNumbers = new Map<number, string>();
    catalog.katas.forEach((kata, index) => {
      if (!tracks.has(kata.track)) {
        ctx.addIssue({ code: 'custom', path: ['katas', index, 'track'], message: `must be one of the tracks (${[...tracks].join(', ')})` });
      }
      if (seenSlugs.has(kata.slug)) {
        ctx.addIssue({ code: 'custom', path: ['katas', index, 'slug'], message: 'is used by an earlier kata too' });
      }
      seenSlugs.add(kata.slug);
      if (kata.leetcode !== undefined) {
        const other = seenNumbers.get(kata.leetcode);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['katas', index, 'leetcode'], message: `is ${other}'s number too` });
        }
        seenNumbers.set(kata.leetcode, kata.slug);
      }
    });
  });

/** One kata as listed in problems/catalog.json. */
export type Kata = z.infer<typeof kataSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Catalog = z.infer<typeof catalogSchema>;

export { CatalogError };

/** Where an issue is, in words: `kata "print-in-order", field "hints[2]"`, or `field "tracks"`. */
function place(path: readonly PropertyKey[], raw: unknown): string {
  const [list, index, ...field] = path;
  const fieldName = (parts: readonly PropertyKey[]): string =>
    parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
  if ((list === 'katas' || list === 'tracks') && typeof index === 'number') {
    const entry = (raw as Record<string, unknown[] | undefined>)[list]?.[index] as Record<string, unknown> | undefined;
    const name = list === 'katas' ? entry?.slug : entry?.id;
    const which = typeof name === 'string' && name !== '' ? `"${name}"` : `number ${index + 1}`;
    const noun = list === 'katas' ? 'kata' : 'track';
    return field.length === 0 ? `${noun} ${which}` : `${noun} ${which}, field "${fieldName(field)}"`;
  }
  return path.length === 0 ? 'the top level' : `field "${fieldName(path)}"`;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `${place(issue.path, raw)}: ${keys} ${issue.keys.length > 1 ? 'are not catalog fields' : 'is not a catalog field'} (a typo?)`;
  }
  const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  return `${place(issue.path, raw)} ${message}`;
}

/**
 * Checks parsed JSON against the schema. Returns the catalog, or throws a CatalogError whose message has one
 * sentence per problem, e.g. `problems/catalog.json: kata "print-in-order", field "difficulty" must be easy,
 * medium or hard.`
 */
export function parseCatalog(raw: unknown, file = 'problems/catalog.json'): Catalog {
  const result = catalogSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new CatalogError(result.error.issues.map((issue) => `${file}: ${describeIssue(issue, raw)}.`).join('\n'));
}

/** The schema as JSON Schema, for editors (problems/catalog.schema.json, kept current by `dev sync`). */
export function catalogJsonSchema(): string {
  const schema = z.toJSONSchema(catalogSchema, {
    io: 'input',
    // `.readonly()` is for the TypeScript types; in JSON Schema, readOnly would tell editors the reverse of the truth.
    override: (ctx) => {
      delete ctx.jsonSchema.readOnly;
    },
  });
  return `${JSON.stringify({ ...schema, title: 'The concurrency-katas catalog (problems/catalog.json)' }, null, 2)}\n`;
}
