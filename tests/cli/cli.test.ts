import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kataPaths } from '../../src/catalog';
import { type ScratchCopy, scratchCopy } from './scratch-copy';

/** The CLI as a learner runs it, in a child process, on a scratch copy of the workbook (never the learner's files). */
let copy: ScratchCopy;
beforeAll(() => {
  copy = scratchCopy({ git: true });
});
afterAll(() => {
  copy.remove();
});

const kata = (...args: string[]): { code: number | null; out: string } => copy.kata(...args);

describe('npm run kata', () => {
  test('hints come one at a time, each call showing one more; reset starts them again', () => {
    expect(kata('hint', 'print-in-order').out).toMatch(/Hint 1 of 3/);
    const second = kata('hint', 'print-in-order').out;
    expect(second).toMatch(/Hint 1 of 3[\s\S]*Hint 2 of 3/);
    expect(second).not.toMatch(/Hint 3 of 3/);
    const reset = kata('reset', 'print-in-order');
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/is already the stub/);
    expect(reset.out).not.toMatch(/saved in/);
    expect(kata('hint', 'print-in-order').out).not.toMatch(/Hint 2 of 3/);
  });

  test('an unknown kata is one sentence with a suggestion and exit code 2', () => {
    const { code, out } = kata('print-in-ordr');
    expect(code).toBe(2);
    expect(out.trim()).toBe('error: there is no kata "print-in-ordr"; did you mean "print-in-order"?');
  });

  test('a mistyped option is one line with a suggestion and exit code 2, no usage text', () => {
    const { code, out } = kata('print-in-order', '--wtach');
    expect(code).toBe(2);
    expect(out.trim()).toBe('error: unknown option --wtach; did you mean --watch?');
  });

  test('a wrong solution fails with exit code 1, and its replay line reproduces the same failure', () => {
    const first = kata('print-in-order', '--impl', 'tests/mutants/print-in-order/flag-check-then-wait.ts');
    expect(first.code).toBe(1);
    const headline = first.out.split('\n')[0];
    const replay = /^replay: npm run kata -- (.+)$/m.exec(first.out)?.[1];
    expect(replay).toBeDefined();
    const args = (replay ?? '').match(/'[^']*'|\S+/g)?.map((arg) => arg.replace(/^'|'$/g, '')) ?? [];
    const again = kata(...args);
    expect(again.code).toBe(1);
    expect(again.out.split('\n')[0]).toBe(headline);
    expect(again.out).toContain('replayed schedule');
    expect(again.out).not.toContain('warning');
  });

  test('a replay naming a case the kata does not have is one sentence, exit code 2', () => {
    const { code, out } = kata('print-in-order', '--replay', 'c9.s0:1');
    expect(code).toBe(2);
    expect(out.trim()).toBe('error: the schedule names case 9, but print-in-order has cases 0 to 2 with seed 1: copy the whole replay: line, with its --seed');
  });

  test('a reference solution passes with exit code 0; the untouched stub is "not started", exit code 1', () => {
    expect(kata('print-in-order', '--solution', 'event').code).toBe(0);
    const stub = kata('print-in-order');
    expect(stub.code).toBe(1);
    expect(stub.out).toMatch(/not started: Foo\.first is not implemented yet/);
  });

  test('the board lists every kata and suggests the next one', () => {
    const { code, out } = kata();
    expect(code).toBe(0);
    expect(out).toMatch(/print-in-order[\s\S]*web-crawler-multithreaded/);
    expect(out).toMatch(/Next: npm run kata -- print-in-order/);
  });

  test('the board survives a missing learner file and says how to restore it', () => {
    rmSync(kataPaths('building-h2o', copy.root).stub);
    const { code, out } = kata();
    expect(code).toBe(0);
    expect(out).not.toMatch(/ENOENT|\n\s+at /);
    expect(out).toMatch(/building-h2o\s+medium\s+missing/);
    expect(out).toContain('npm run kata -- reset building-h2o');
    expect(kata('reset', 'building-h2o').code).toBe(0);
    expect(kata().out).toMatch(/building-h2o\s+medium\s+not started/);
  });

  test('on a replay, what the code prints is shown once', () => {
    const loud = readFileSync(join(copy.root, 'solutions', 'print-in-order', 'event.ts'), 'utf8')
      .replace('printFirst();', "console.log('first() speaking'); printFirst();");
    writeFileSync(join(copy.root, 'loud.ts'), loud);
    const { code, out } = kata('print-in-order', '--impl', 'loud.ts', '--replay', 'c0');
    expect(code).toBe(0);
    expect(out.match(/first\(\) speaking/g)).toHaveLength(1);
  });

  test('--watch says when a check starts, and checks again after a save', async () => {
    const file = join(copy.root, 'watched.ts');
    const solution = readFileSync(join(copy.root, 'solutions', 'print-in-order', 'event.ts'), 'utf8');
    writeFileSync(file, solution);
    const child = spawn(process.execPath, ['--import', 'tsx', join(copy.root, 'src', 'cli', 'main.ts'), 'print-in-order', '--impl', 'watched.ts', '--watch'], {
      cwd: copy.root,
      env: { ...process.env, NO_COLOR: '1', KATA_STATE_DIR: join(copy.root, '.kata') },
    });
    let out = '';
    const waiters: Array<() => void> = [];
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const wake of waiters.splice(0)) wake();
    });
    /** Resolves once the output so far satisfies `seen` (checked whenever more output arrives). */
    const until = async (seen: () => boolean): Promise<void> => {
      while (!seen()) await new Promise<void>((resolve) => waiters.push(resolve));
    };
    const count = (text: string): number => out.split(text).length - 1;
    try {
      await until(() => count('watching watched.ts') === 1);
      expect(out).toMatch(/^checking watched\.ts \(\d\d:\d\d:\d\d\)…$/m);
      expect(out).toMatch(/✓ print-in-order: watched\.ts passed/);
      writeFileSync(file, `${solution}\n// saved again\n`);
      await until(() => count('watching watched.ts') === 2);
      expect(out).toMatch(/^saved: checking watched\.ts \(\d\d:\d\d:\d\d\)…$/m);
    } finally {
      child.kill();
    }
  }, 120_000);
});
