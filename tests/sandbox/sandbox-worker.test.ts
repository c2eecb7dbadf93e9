import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kataPaths, repoRoot } from '../../src/catalog';
import type { CheckRequest, Verdict } from '../../src/sandbox/protocol';
import { runInSandbox, SandboxWorker } from '../../src/sandbox/run-in-sandbox';

/** A worker that judges several files one after another (the kata suites' way): same verdicts, fewer starts. */
const spec = kataPaths('print-in-order').spec;
const request = (implPath: string): CheckRequest => ({ slug: 'print-in-order', specPath: spec, implPath, seed: 1 });
const solution = join(repoRoot, 'solutions', 'print-in-order', 'event.ts');
const mutant = join(repoRoot, 'tests', 'mutants', 'print-in-order', 'lost-wakeup.ts');
const spinning = join(repoRoot, 'tests', 'mutants', 'print-in-order', 'busy-wait.ts');

/** The parts of a verdict that must not depend on the worker: everything but the time it took. */
function essence(verdict: Verdict): unknown {
  switch (verdict.status) {
    case 'pass':
      return { status: verdict.status, cases: verdict.summary.cases, schedules: verdict.summary.schedules };
    case 'fail':
      return { status: verdict.status, kind: verdict.kind, headline: verdict.headline, schedule: verdict.failure.schedule };
    default:
      return verdict;
  }
}

describe('a sandbox worker judging one file after another', () => {
  test('gives each file the verdict a fresh worker gives it, failures included', async () => {
    const fresh = [essence(await runInSandbox(request(mutant))), essence(await runInSandbox(request(solution)))];
    const worker = new SandboxWorker();
    try {
      const first = await worker.check(request(mutant));
      expect(first.status).toBe('fail');
      expect(worker.fit).toBe(true);
      const second = await worker.check(request(solution));
      expect([essence(first), essence(second)]).toEqual(fresh);
    } finally {
      worker.end();
    }
  });

  test('judges a file again as it is on disk after an edit, source lines included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kata-worker-'));
    const file = join(dir, 'foo.ts');
    const worker = new SandboxWorker();
    try {
      writeFileSync(file, 'export class Foo {\n  async first(p: () => void) { p(); }\n  async second(p: () => void) { p(); }\n  async third(p: () => void) { p(); }\n}\n');
      expect((await worker.check(request(file))).status).toBe('fail'); // no ordering at all
      // Now third() throws from line 8: the stack must point there through the new file's source map, not the old one's.
      writeFileSync(file, '\n\nexport class Foo {\n  async first(p: () => void) { p(); }\n  async second(p: () => void) { p(); }\n  async third(p: () => void) {\n    await null;\n    throw new Error("boom");\n  }\n}\n');
      const edited = await worker.check(request(file));
      expect(edited.status === 'fail' ? edited.kind : edited.status).toBe('crash');
      expect(edited.status === 'fail' ? edited.failure.details.join('\n') : '').toContain('foo.ts:8:11');
    } finally {
      worker.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('is not reused after a file changed a built-in or a global, which would reach the next file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kata-worker-'));
    const polluting = join(dir, 'polluting.ts');
    const worker = new SandboxWorker();
    try {
      // A correct solution that also gives every array a method, as a learner's helper might.
      writeFileSync(
        polluting,
        'Object.defineProperty(Array.prototype, "last", { value() { return this[this.length - 1]; }, configurable: true });\n' +
          readFileSync(solution, 'utf8'),
      );
      expect((await worker.check(request(solution))).status).toBe('pass');
      expect(worker.fit).toBe(true); // a file that leaves the realm as it found it
      expect((await worker.check(request(polluting))).status).toBe('pass'); // its own verdict stands
      expect(worker.fit).toBe(false);
    } finally {
      worker.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('is ended when the watchdog stops a check, and never judges again', async () => {
    const worker = new SandboxWorker();
    const verdict = await worker.check(request(spinning), { stallMs: 500 });
    expect(verdict.status).toBe('hang');
    expect(worker.fit).toBe(false);
    await worker.exited; // settles only once the thread has stopped
    await expect(worker.check(request(solution))).rejects.toThrow(/cannot take another check/);
  });
});
