import { UserError } from '../../src/cli/errors';
import { main, usage } from '../../src/cli/main';

/** Every mistake on the command line is one sentence (a UserError, exit code 2), found before any work starts. */
async function mistake(...argv: string[]): Promise<string> {
  const error = await main(argv).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).exitCode).toBe(2);
  const message = (error as UserError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('command-line mistakes', () => {
  test('a mistyped option gets a "did you mean"', async () => {
    expect(await mistake('print-in-order', '--wtach')).toBe('unknown option --wtach; did you mean --watch?');
    expect(await mistake('print-in-order', '--sede', '3')).toBe('unknown option --sede; did you mean --seed?');
  });

  test('a mistyped option without a kata still gets its "did you mean"', async () => {
    expect(await mistake('--wtach')).toBe('unknown option --wtach; did you mean --watch?');
  });

  test('negative numbers reach the value check instead of being read as options', async () => {
    expect(await mistake('print-in-order', '--seed', '-3')).toBe('--seed takes a whole number, got "-3"');
    expect(await mistake('print-in-order', '--schedules', '-1')).toBe('--schedules takes a whole number of at least 1, got "-1"');
    expect(await mistake('print-in-order', '--schedules', '0')).toBe('--schedules takes a whole number of at least 1, got "0"');
  });

  test('an option without its value', async () => {
    expect(await mistake('print-in-order', '--seed')).toBe('--seed needs a value: --seed <n>');
    expect(await mistake('print-in-order', '--impl', '--watch')).toBe('--impl needs a value: --impl <file>');
  });

  test('extra words are named', async () => {
    expect(await mistake('print-in-order', 'now')).toBe('unexpected "now": npm run kata -- <slug>');
    expect(await mistake('hint', 'print-in-order', 'please')).toBe('unexpected "please": npm run kata -- hint <slug>');
    expect(await mistake('list', 'all')).toBe('unexpected "all": npm run kata -- list');
  });

  test('an option given to the wrong command says where it belongs', async () => {
    expect(await mistake('hint', 'x', '--watch')).toBe('--watch does not go with hint <slug>; it belongs to: npm run kata -- <slug> --watch');
    expect(await mistake('print-in-order', '--yes')).toBe(
      '--yes does not go with <slug>; it belongs to: npm run kata -- solution <slug> [name] --yes',
    );
  });

  test('options that exclude each other', async () => {
    expect(await mistake('print-in-order', '--solution', 'a', '--impl', 'b')).toBe('--impl and --solution cannot be combined: choose one');
  });

  test('a flag given a value, an option given twice, a malformed schedule', async () => {
    expect(await mistake('print-in-order', '--watch=yes')).toBe('--watch takes no value (got "yes")');
    expect(await mistake('print-in-order', '--seed', '1', '--seed', '2')).toBe('--seed is given twice');
    expect(await mistake('print-in-order', '--replay', 'c0.x')).toMatch(/^--replay takes the schedule of a replay: line; "c0\.x" is not a schedule/);
  });

  test('--html takes an .html file or nothing; one file for several judged files is refused', async () => {
    expect(await mistake('print-in-order', '--html', 'report')).toBe(
      '--html takes a file ending in .html (or nothing, for one in .kata/reports/), got "report"',
    );
    expect(await mistake('print-in-order', '--solution', '--html', 'page.html')).toMatch(
      /^--html page\.html names one page, but \d+ files are judged: give --html without a file \(one page each\)$/,
    );
  });

  test('a command without its kata, and an option without a command', async () => {
    expect(await mistake('hint')).toBe('hint needs a kata: npm run kata -- hint <slug>');
    expect(await mistake('--watch')).toBe('--watch needs a kata before it: npm run kata -- <slug> --watch');
  });

  test('the usage text lists every command and every option of a check', () => {
    const text = usage();
    for (const shown of ['hint <slug>', 'reset <slug>', 'solution <slug> [name]', 'list', '--watch', '--impl <file>', '--solution [name]', '--seed <n>', '--schedules <n>', '--replay <schedule>', '--html [file]']) {
      expect(text).toContain(shown);
    }
  });
});
