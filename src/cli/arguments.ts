import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { UserError } from './errors';

/** One `--option` of a command. */
export interface OptionSpec {
  /** The value's placeholder, e.g. '<n>'; absent for a flag that takes no value. */
  readonly value?: string;
  /** The value may be left out (`--solution [name]`): then the option reads as `true`. */
  readonly optionalValue?: boolean;
  /** Checks a given value; returns what is wrong with it, to follow the option's name, or undefined. */
  readonly check?: (value: string) => string | undefined;
  readonly help: string;
}

/** What a command accepts: its words after the command name, and its options. */
export interface CommandSpec {
  /** How the command is written, e.g. 'hint <slug>'; shown in errors and the usage text. */
  readonly usage: string;
  /** Positional words: at least `min`, at most `max`. */
  readonly words: { readonly min: number; readonly max: number; readonly missing?: string };
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Pairs of options that cannot be combined. */
  readonly exclusive?: ReadonlyArray<readonly [string, string]>;
}

export interface ParsedArgs {
  readonly words: readonly string[];
  /** Given options: the value, or `true` for a flag (or an optional value left out). */
  readonly options: Readonly<Record<string, string | true>>;
}

/** Where else an option is accepted, for the hint that it is in the wrong place. */
export type OptionOwners = ReadonlyMap<string, string>;

/**
 * Parses a command's arguments with node:util's parseArgs (tokens only) and turns every mistake into one
 * sentence (a UserError, exit code 2): an unknown option with the nearest known one, an option that belongs
 * to another command, a missing or malformed value, a word too many, two options that exclude each other.
 * Values may start with '-' (`--seed -3` reaches the value check, not a parse error).
 */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[], owners: OptionOwners = new Map()): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [name, { type: option.value !== undefined && option.optionalValue !== true ? 'string' : 'boolean' } as const]),
  );
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const words: string[] = [];
  const given: Record<string, string | true> = {};
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      words.push(token.value);
      continue;
    }
    const option = spec.options[token.name];
    if (option === undefined) throw new UserError(unknownOption(spec, token.rawName, owners));
    let value: string | true = true;
    if (option.value === undefined) {
      if (token.value !== undefined) throw new UserError(`${token.rawName} takes no value (got "${token.value}")`);
    } else if (option.optionalValue === true) {
      // `--solution name`: parseArgs sees a flag and then a word; the word right after it is its value.
      const next = tokens[index + 1];
      if (token.value !== undefined) value = token.value;
      else if (next?.kind === 'positional' && next.index === token.index + 1) {
        value = next.value;
        index += 1;
      }
    } else {
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
        throw new UserError(`${token.rawName} needs a value: ${token.rawName} ${option.value}`);
      }
      value = token.value;
    }
    if (given[token.name] !== undefined) throw new UserError(`${token.rawName} is given twice`);
    const problem = typeof value === 'string' ? option.check?.(value) : undefined;
    if (problem !== undefined) throw new UserError(`${token.rawName} ${problem}`);
    given[token.name] = value;
  }
  for (const [a, b] of spec.exclusive ?? []) {
    if (given[a] !== undefined && given[b] !== undefined) throw new UserError(`--${a} and --${b} cannot be combined: choose one`);
  }
  if (words.length < spec.words.min) throw new UserError(spec.words.missing ?? `missing arguments: npm run kata -- ${spec.usage}`);
  if (words.length > spec.words.max) {
    const extra = words[spec.words.max] ?? '';
    throw new UserError(`unexpected "${extra}": npm run kata -- ${spec.usage}`);
  }
  return { words, options: given };
}

/** "unknown option --wtach; did you mean --watch?", or where the option belongs instead. */
function unknownOption(spec: CommandSpec, raw: string, owners: OptionOwners): string {
  const name = raw.replace(/^-+/, '');
  const owner = owners.get(name);
  if (owner !== undefined) return `${raw} does not go with ${spec.usage}; it belongs to: npm run kata -- ${owner}`;
  const known = Object.keys(spec.options);
  const guess = known.length === 0 ? undefined : closest(name, known);
  const near = guess !== undefined && (distance(name, guess) <= Math.max(2, Math.floor(guess.length / 3)) || guess.startsWith(name));
  if (near) return `unknown option ${raw}; did you mean --${guess}?`;
  return known.length === 0 ? `${spec.usage} takes no options (got ${raw})` : `unknown option ${raw}; ${spec.usage} takes ${known.map((o) => `--${o}`).join(', ')}`;
}

/** A check for options whose value is a whole number of at least `min`. */
export function wholeNumber(min: number): (value: string) => string | undefined {
  return (value) =>
    /^\d+$/.test(value) && Number(value) >= min ? undefined : `takes a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${value}"`;
}
