import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kataPaths, repoRoot } from '../../src/catalog';
import type { PlayRequest } from '../../src/play/play-state';
import type { Verdict } from '../../src/sandbox/protocol';
import { runInSandbox } from '../../src/sandbox/run-in-sandbox';

/** The play request mode of the sandbox worker: one run of a case on the learner's choices, in the worker. */
const mutant = join(repoRoot, 'tests', 'mutants', 'print-in-order', 'flag-check-then-wait.ts');
const spec = kataPaths('print-in-order').spec;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kata-play-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const play = (implPath: string, request: PlayRequest, stallMs?: number): Promise<Verdict> =>
  runInSandbox({ slug: 'print-in-order', specPath: spec, implPath, seed: 1, play: request }, stallMs === undefined ? {} : { stallMs });

describe('play requests', () => {
  test('no choices yet: the run pauses at the first decision, offering every task', async () => {
    const verdict = await play(mutant, { caseIndex: 0, choices: [] });
    expect(verdict.status).toBe('pass');
    const state = verdict.status === 'pass' ? verdict.play : undefined;
    expect(state?.taskNames).toEqual(['first()', 'second()', 'third()']);
    expect(state?.decision?.options.map((o) => o.label)).toEqual(['run first()', 'run second()', 'run third()']);
    expect(state?.end).toBeUndefined();
  });

  test('following the explorer\'s schedule ends in its failure, with the same schedule to replay', async () => {
    const schedule = 'c0.s0:1,2:2,6:2.hesbv';
    const verdict = await play(mutant, { caseIndex: 0, choices: [], follow: schedule });
    const state = verdict.status === 'pass' ? verdict.play : undefined;
    expect(state?.end?.failed).toBe(true);
    expect(state?.end?.headline).toMatch(/wrong order/);
    expect(state?.end?.schedule).toBe(schedule);
    expect(state?.choices).toEqual([1, 1, 2, 2, 0, 0, 2, 2]);
  });

  test('the same choices give the same run (the prefix of a longer one)', async () => {
    const full = await play(mutant, { caseIndex: 0, choices: [1, 1, 2, 2, 0, 0, 2, 2] });
    const state = full.status === 'pass' ? full.play : undefined;
    expect(state?.end?.schedule).toBe('c0.s0:1,2:2,6:2.hesbv');
  });

  test('a busy-wait in the learner\'s code gives the watchdog\'s verdict, not a play state', async () => {
    const path = join(dir, 'busy.ts');
    writeFileSync(path, 'export class Foo {\n  async first(print: () => void) { for (;;) {} }\n  async second(print: () => void) { print(); }\n  async third(print: () => void) { print(); }\n}\n');
    const verdict = await play(path, { caseIndex: 0, choices: [0] }, 1000);
    expect(verdict.status).toBe('hang');
  });
});
