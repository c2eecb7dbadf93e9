import { readFileSync, watch } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { decodeSchedule } from '../explorer/schedule';
import { kataPaths, loadCatalog, isUnstarted, solutionFiles } from '../catalog';
import { renderBoard, statusOf } from './board';
import { type CheckOptions, filesToJudge, judgeFile, printVerdict, rememberVerdict } from './check';
import { UserError } from './errors';
import { devCommand, devUsage } from './dev/command';
import { findKata } from './find-kata';
import { resetToStub } from './learner-files';
import { readState, writeState } from './state';

const colors = pc.createColors(pc.isColorSupported);

const usage = `Usage: npm run kata -- [command]

  (no command)              the board: every kata, your progress, what to do next
  <slug>                    stress-test your solution in problems/<slug>/<slug>.ts
      --watch               re-run on every save
      --impl <file>         test any file that exports the kata's contract
      --solution [name]     test the reference solutions (or one of them)
      --seed <n>            explore other schedules and inputs (default 1)
      --schedules <n>       sampled schedules for every sampled case (default: as the kata sets, mostly 300)
      --replay <schedule>   replay one schedule from a failure's replay: line
  hint <slug>               the next hint (each says more than the last)
  reset <slug>              restore the stub (your file is backed up first)
  solution <slug> [name]    show a reference solution (spoiler!)
  list                      the katas, one per line

For maintainers (docs/writing-a-kata.md):
${devUsage}
`;

function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--${option} takes a whole number, got "${value}"`);
  return Number(value);
}

async function checkCommand(slug: string, args: string[]): Promise<number> {
  const { values, tokens } = parseArgs({
    args,
    options: {
      impl: { type: 'string' },
      solution: { type: 'boolean' },
      seed: { type: 'string' },
      schedules: { type: 'string' },
      replay: { type: 'string' },
      watch: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
  const kata = findKata(loadCatalog(), slug);
  // `--solution name`: parseArgs sees a boolean flag followed by a positional; pair them back up.
  const flag = tokens.findIndex((token) => token.kind === 'option' && token.name === 'solution');
  const next = flag >= 0 ? tokens[flag + 1] : undefined;
  const solutionName = values.solution === true ? (next?.kind === 'positional' ? next.value : true) : undefined;
  if (values.replay !== undefined) {
    try {
      decodeSchedule(values.replay);
    } catch (error) {
      throw new UserError(error instanceof Error ? error.message : String(error));
    }
  }
  const options: CheckOptions = {
    seed: wholeNumber(values.seed, 'seed') ?? 1,
    ...(values.schedules === undefined ? {} : { schedules: wholeNumber(values.schedules, 'schedules') }),
    ...(values.replay === undefined ? {} : { replay: values.replay }),
  };
  const files = filesToJudge(kata, values.impl, solutionName);
  const runOnce = async (): Promise<number> => {
    let worst = 0;
    for (const file of files) {
      const verdict = await judgeFile(kata, file, options);
      rememberVerdict(kata, file, verdict);
      worst = Math.max(worst, printVerdict(kata, file, verdict, options));
    }
    return worst;
  };
  if (values.watch !== true) return runOnce();
  return watchLoop(files, runOnce);
}

function watchLoop(files: string[], runOnce: () => Promise<number>): Promise<number> {
  let running = false;
  let again = false;
  const rerun = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    if (process.stdout.isTTY) process.stdout.write('\x1b[2J\x1b[H');
    await runOnce();
    console.log(colors.dim(`\nwatching ${files.map((f) => relative(process.cwd(), f)).join(', ')}; Ctrl-C to stop`));
    running = false;
    if (again) {
      again = false;
      await rerun();
    }
  };
  let timer: NodeJS.Timeout | undefined;
  // Watch the folder, not the file: editors that save by renaming a new file over the old one would
  // otherwise leave us watching a file that no longer exists.
  for (const file of files) {
    watch(dirname(file), (_event, name) => {
      if (name !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void rerun(), 150); // editors save in bursts
    });
  }
  void rerun();
  return new Promise<number>(() => undefined); // until Ctrl-C
}

function hintCommand(slug: string | undefined): number {
  if (slug === undefined) throw new UserError('hint needs a kata: npm run kata -- hint <slug>');
  const kata = findKata(loadCatalog(), slug);
  const state = readState();
  const seen = Math.min((state.hintsSeen[kata.slug] ?? 0) + 1, kata.hints.length);
  state.hintsSeen[kata.slug] = seen;
  writeState(state);
  kata.hints.slice(0, seen).forEach((hint, index) => {
    const label = `Hint ${index + 1} of ${kata.hints.length}:`;
    console.log(index + 1 === seen ? `${colors.bold(label)} ${hint}` : colors.dim(`${label} ${hint}`));
  });
  if (seen < kata.hints.length) console.log(colors.dim(`\nRun the same command again for the next hint.`));
  else console.log(colors.dim(`\nThat was the last hint. The docs explain the solutions: docs/katas/${kata.slug}.md`));
  return 0;
}

function resetCommand(slug: string | undefined): number {
  if (slug === undefined) throw new UserError('reset needs a kata: npm run kata -- reset <slug>');
  const kata = findKata(loadCatalog(), slug);
  const stub = kataPaths(kata.slug).stub;
  const backup = resetToStub(stub, kata.slug);
  console.log(`Restored ${relative(process.cwd(), stub)} to the stub.`);
  if (backup !== undefined) console.log(`Your previous version is saved in ${relative(process.cwd(), backup)}`);
  return 0;
}

async function solutionCommand(slug: string | undefined, name: string | undefined, yes: boolean): Promise<number> {
  if (slug === undefined) throw new UserError('solution needs a kata: npm run kata -- solution <slug> [name]');
  const kata = findKata(loadCatalog(), slug);
  const solutions = solutionFiles(kata.slug);
  const chosen = name === undefined ? solutions[0] : solutions.find((s) => s.name === name);
  if (chosen === undefined) {
    throw new UserError(`${kata.slug} has no reference solution "${name ?? ''}"; it has ${solutions.map((s) => s.name).join(', ')}`);
  }
  const warning = `Spoiler: this shows the "${chosen.name}" solution of ${kata.title}.`;
  if (!yes && isUnstarted(kataPaths(kata.slug).stub)) {
    if (!process.stdin.isTTY) throw new UserError(`${warning} You have not started this kata; add --yes to see it anyway`);
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`${colors.yellow(warning)} You have not started this kata yet. Show it? [y/N] `);
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) return 0;
  } else {
    console.log(colors.yellow(warning));
  }
  console.log(colors.dim(`// ${relative(process.cwd(), chosen.path)} (others: ${solutions.map((s) => s.name).join(', ')})\n`));
  console.log(readFileSync(chosen.path, 'utf8'));
  return 0;
}

function listCommand(): number {
  for (const kata of loadCatalog()) console.log(`${kata.slug.padEnd(30)} ${String(kata.leetcode ?? '').padStart(4)}  ${kata.title}`);
  return 0;
}

/** The board. Katas changed since they were last judged are judged first, so every status is current. */
async function boardCommand(): Promise<number> {
  const catalog = loadCatalog();
  for (const kata of catalog) {
    if (statusOf(kata) !== 'not checked') continue;
    const stub = kataPaths(kata.slug).stub;
    if (process.stderr.isTTY) process.stderr.write(colors.dim(`checking ${kata.slug}…\r`));
    rememberVerdict(kata, stub, await judgeFile(kata, stub, { seed: 1 }));
    if (process.stderr.isTTY) process.stderr.write('\x1b[2K');
  }
  console.log(renderBoard(catalog, catalog.map(statusOf)));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      return boardCommand();
    case '-h':
    case '--help':
    case 'help':
      console.log(usage);
      return 0;
    case 'list':
      return listCommand();
    case 'dev':
      return devCommand(rest);
    case 'hint':
      return hintCommand(rest[0]);
    case 'reset':
      return resetCommand(rest[0]);
    case 'solution':
      return solutionCommand(rest.find((a) => !a.startsWith('-')), rest.filter((a) => !a.startsWith('-'))[1], rest.includes('--yes'));
    default:
      if (command.startsWith('-')) throw new UserError(`"${command}" needs a kata before it: npm run kata -- <slug> ${command}`);
      return checkCommand(command, rest);
  }
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
      } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) {
        console.error(colors.red(`error: ${error.message}`));
        console.error(usage);
        process.exitCode = 2;
      } else {
        throw error;
      }
    },
  );
}
