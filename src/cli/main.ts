import pc from 'picocolors';
import { decodeSchedule } from '../explorer/schedule';
import { describeValue } from '../report/describe-value';
import { type CommandSpec, type OptionOwners, type ParsedArgs, parseCommandArgs, wholeNumber } from './arguments';
import { checkCommand } from './check-command';
import { boardCommand, hintCommand, listCommand, resetCommand, solutionCommand } from './commands';
import { devCommand, devUsage } from './dev/command';
import { playCommand } from './play-command';
import { UserError } from './errors';

/**
 * The command line's routing: every command, what it accepts, and the function that runs it. The first word
 * names the command; any other first word is a kata to check. Arguments are parsed by parseCommandArgs, so
 * every mistake is one sentence with exit code 2. A new command is one more entry in `routes`.
 */

const colors = pc.createColors(pc.isColorSupported);

interface Route {
  readonly spec: CommandSpec;
  readonly help: string;
  run(args: ParsedArgs): number | Promise<number>;
}

const word = (args: ParsedArgs, index: number): string => args.words[index] ?? '';
const flag = (args: ParsedArgs, name: string): boolean => args.options[name] !== undefined;
const text = (args: ParsedArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

function scheduleProblem(value: string): string | undefined {
  try {
    decodeSchedule(value);
    return undefined;
  } catch (error) {
    return `takes the schedule of a replay: line; ${describeValue(error).replace(/^\w*Error: /, '')}`;
  }
}

function htmlFileProblem(value: string): string | undefined {
  return /\.html?$/i.test(value) ? undefined : `takes a file ending in .html (or nothing, for one in .kata/reports/), got "${value}"`;
}

/** `npm run kata -- <slug> [options]`: the command used when the first word is not a command's name. */
const check: Route = {
  spec: {
    usage: '<slug>',
    words: { min: 1, max: 1, missing: 'which kata? npm run kata -- <slug> (npm run kata -- list shows them)' },
    options: {
      watch: { help: 're-run on every save' },
      impl: { value: '<file>', help: "test any file that exports the kata's contract" },
      solution: { value: '[name]', optionalValue: true, help: 'test the reference solutions (or one of them)' },
      seed: { value: '<n>', check: wholeNumber(0), help: 'explore other schedules and inputs (default 1)' },
      schedules: { value: '<n>', check: wholeNumber(1), help: 'sampled schedules for every sampled case (default: as the kata sets, mostly 300)' },
      replay: { value: '<schedule>', check: scheduleProblem, help: "replay one schedule from a failure's replay: line" },
      html: { value: '[file]', optionalValue: true, check: htmlFileProblem, help: 'on a failure, also write a page to step through it (path printed)' },
    },
    exclusive: [['impl', 'solution']],
  },
  help: 'stress-test your solution in problems/<slug>/<slug>.ts',
  run: (args) =>
    checkCommand({
      slug: word(args, 0),
      watch: flag(args, 'watch'),
      ...(text(args, 'impl') === undefined ? {} : { impl: text(args, 'impl') }),
      ...(args.options.solution === undefined ? {} : { solution: args.options.solution }),
      ...(text(args, 'seed') === undefined ? {} : { seed: text(args, 'seed') }),
      ...(text(args, 'schedules') === undefined ? {} : { schedules: text(args, 'schedules') }),
      ...(text(args, 'replay') === undefined ? {} : { replay: text(args, 'replay') }),
      ...(args.options.html === undefined ? {} : { html: args.options.html }),
    }),
};

const needsKata = (command: string, more = ''): string => `${command} needs a kata: npm run kata -- ${command} <slug>${more}`;

const routes: Readonly<Record<string, Route>> = {
  hint: {
    spec: { usage: 'hint <slug>', words: { min: 1, max: 1, missing: needsKata('hint') }, options: {} },
    help: 'the next hint (each says more than the last)',
    run: (args) => hintCommand(word(args, 0)),
  },
  reset: {
    spec: { usage: 'reset <slug>', words: { min: 1, max: 1, missing: needsKata('reset') }, options: {} },
    help: 'restore the stub (your file is backed up first)',
    run: (args) => resetCommand(word(args, 0)),
  },
  solution: {
    spec: {
      usage: 'solution <slug> [name]',
      words: { min: 1, max: 2, missing: needsKata('solution', ' [name]') },
      options: { yes: { help: 'skip the spoiler question' } },
    },
    help: 'show a reference solution (spoiler!)',
    run: (args) => solutionCommand(word(args, 0), args.words[1], flag(args, 'yes')),
  },
  play: {
    spec: {
      usage: 'play <slug>',
      words: { min: 1, max: 1, missing: needsKata('play') },
      options: {
        impl: { value: '<file>', help: "play any file that exports the kata's contract" },
        challenge: { help: "play the kata's known-wrong solutions: make each one fail" },
        case: { value: '<label>', help: "the case to play (default: the kata's first)" },
      },
      exclusive: [['impl', 'challenge']],
    },
    help: 'play the scheduler in a browser page: you pick which task runs next',
    run: (args) =>
      playCommand({
        slug: word(args, 0),
        challenge: flag(args, 'challenge'),
        ...(text(args, 'impl') === undefined ? {} : { impl: text(args, 'impl') }),
        ...(text(args, 'case') === undefined ? {} : { case: text(args, 'case') }),
      }),
  },
  list: {
    spec: { usage: 'list', words: { min: 0, max: 0 }, options: {} },
    help: 'the katas, one per line',
    run: () => listCommand(),
  },
  help: {
    spec: { usage: 'help', words: { min: 0, max: 0 }, options: {} },
    help: 'this text',
    run: () => {
      console.log(usage());
      return 0;
    },
  },
};

/** Each option with the command it goes with, to point there when it is given to another command. */
function optionOwners(): OptionOwners {
  const owners = new Map<string, string>();
  for (const route of [check, ...Object.values(routes)]) {
    for (const [name, option] of Object.entries(route.spec.options)) {
      if (!owners.has(name)) owners.set(name, `${route.spec.usage} --${name}${option.value === undefined ? '' : ` ${option.value}`}`);
    }
  }
  return owners;
}

export function usage(): string {
  const line = (left: string, right: string): string => `  ${left.padEnd(26)}${right}`;
  const lines = ['Usage: npm run kata -- [command]', '', line('(no command)', 'the board: every kata, your progress, what to do next')];
  lines.push(line(check.spec.usage, check.help));
  for (const [name, option] of Object.entries(check.spec.options)) {
    lines.push(line(`    --${name}${option.value === undefined ? '' : ` ${option.value}`}`, option.help));
  }
  for (const route of Object.values(routes)) lines.push(line(route.spec.usage, route.help));
  lines.push('', 'For maintainers (docs/writing-a-kata.md):', devUsage);
  return lines.join('\n') + '\n';
}

export async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return boardCommand();
  if (first === '-h' || first === '--help') return routes.help?.run({ words: [], options: {} }) ?? 0;
  // The maintainers' commands parse their own arguments (src/cli/dev/command.ts).
  if (first === 'dev') return devCommand(rest);
  const route = Object.hasOwn(routes, first) ? routes[first] : undefined;
  if (route !== undefined) return route.run(parseCommandArgs(route.spec, rest, optionOwners()));
  const args = parseCommandArgs({ ...check.spec, words: { min: 0, max: 1 } }, argv, optionOwners());
  if (args.words.length === 0) throw new UserError(`${first} needs a kata before it: npm run kata -- <slug> ${argv.join(' ')}`);
  return check.run(args);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UserError) {
        console.error(colors.red(`error: ${error.message}`));
        process.exitCode = error.exitCode;
        return;
      }
      // A bug of the workbook, not of the learner's code: say so, with the stack to report it.
      console.error(colors.red(`error: the kata command failed unexpectedly: ${describeValue(error)}`));
      if (error instanceof Error && error.stack !== undefined) console.error(colors.dim(error.stack));
      process.exitCode = 70;
    },
  );
}
