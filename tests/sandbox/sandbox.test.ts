import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kataPaths, repoRoot } from '../../src/catalog';
import type { Verdict } from '../../src/sandbox/protocol';
import { runInSandbox } from '../../src/sandbox/run-in-sandbox';

/**
 * End-to-end checks of the sandbox on Print in Order: files are written to a temporary folder at test time,
 * because several are deliberately broken (they would not pass the repository's own lint and typecheck).
 */
const kit = JSON.stringify(join(repoRoot, 'src', 'kit'));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kata-sandbox-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fooWith(bodies: { first?: string; second?: string; third?: string }, header = ''): string {
  return `${header}
export class Foo {
  done = 0;
  async first(print: () => void) { ${bodies.first ?? 'print(); this.done = 1;'} }
  async second(print: () => void) { ${bodies.second ?? 'print(); this.done = 2;'} }
  async third(print: () => void) { ${bodies.third ?? 'print();'} }
}
`;
}

function judgeSource(name: string, source: string, stallMs = 10_000): Promise<Verdict> {
  const path = join(dir, `${name}.ts`);
  writeFileSync(path, source);
  return runInSandbox(
    { slug: 'print-in-order', specPath: kataPaths('print-in-order').spec, implPath: path, seed: 1 },
    { stallMs },
  );
}

describe('sandbox verdicts', () => {
  test('a synchronous busy-wait is stopped and the spinning task named', async () => {
    const verdict = await judgeSource('busy', fooWith({ second: 'while (this.done < 1) {} print(); this.done = 2;', third: 'while (this.done < 2) {} print();' }), 1000);
    expect(verdict.status).toBe('hang');
    if (verdict.status === 'hang') expect(verdict.message).toMatch(/^(second|third)\(\) ran for 1 s without reaching a scheduling point/);
  });

  test('a busy-wait in the very first schedule names the task, not its number', async () => {
    const verdict = await judgeSource('first-spins', fooWith({ first: 'for (;;) {}' }), 1000);
    expect(verdict.status).toBe('hang');
    if (verdict.status === 'hang') expect(verdict.message).toMatch(/^first\(\) ran for 1 s/);
  });

  test('a deadlock on a plain promise reproduces with its own replay line', async () => {
    // Each waits on a promise that settles only if its predecessor already finished: a deadlock, never a wrong order.
    const source = fooWith({
      second: 'await new Promise<void>((resolve) => { if (this.done > 0) resolve(); }); print(); this.done = 2;',
      third: 'await new Promise<void>((resolve) => { if (this.done > 1) resolve(); }); print();',
    });
    const verdict = await judgeSource('plain-deadlock', source);
    expect(verdict.status).toBe('fail');
    if (verdict.status !== 'fail') return;
    expect(verdict.kind).toBe('deadlock');
    const replayed = await runInSandbox({ slug: 'print-in-order', specPath: kataPaths('print-in-order').spec, implPath: join(dir, 'plain-deadlock.ts'), seed: 1, replay: verdict.failure.schedule ?? '' });
    expect(replayed.status === 'fail' && replayed.kind).toBe('deadlock');
    expect(replayed.status === 'fail' && replayed.failure.warnings).toEqual([]);
  });

  test('a microtask spin in judged code is a livelock: each await is a scheduling point, so it never hangs the checker', async () => {
    const verdict = await judgeSource('spin', fooWith({ second: 'while (this.done < 1) await Promise.resolve(); print(); this.done = 2;', third: 'while (this.done < 2) await null; print();' }), 1000);
    expect(verdict.status).toBe('fail');
    if (verdict.status === 'fail') expect(verdict.kind).toBe('livelock');
  });

  test('a rejection in a detached promise fails and says so', async () => {
    const verdict = await judgeSource('detached', fooWith({ first: "print(); this.done = 1; void Promise.reject(new Error('lost'));" }));
    expect(verdict.status).toBe('fail');
    if (verdict.status === 'fail') expect(verdict.headline).toMatch(/a detached promise in first\(\) \(rejected/);
  });

  test("an exception Node's own callback rethrows from a timer (an EventTarget listener's) is the code's crash, not the checker's", async () => {
    // From a timer's callback the rethrow goes through the real process.nextTick, so only the explorer's
    // uncaughtException handler can charge it to the run.
    const verdict = await judgeSource('listener-throws', fooWith({
      first: "print(); this.done = 1; setTimeout(() => { const target = new EventTarget(); target.addEventListener('x', () => { throw new Error('listener failed'); }); target.dispatchEvent(new Event('x')); }, 1);",
    }));
    expect(verdict.status).toBe('fail');
    if (verdict.status === 'fail') {
      expect(verdict.kind).toBe('crash');
      expect(verdict.headline).toMatch(/an exception nothing caught.*listener failed/);
    }
  });

  test('a file that does not compile is one sentence with the position', async () => {
    const verdict = await judgeSource('syntax', 'export class Foo { async first(p: () => void) { p(; } }');
    expect(verdict).toEqual({ status: 'error', message: expect.stringMatching(/syntax\.ts does not compile: .+ \(1:\d+\)$/) as unknown });
  });

  test('a missing export names what was found instead', async () => {
    const verdict = await judgeSource('wrong-name', 'export class Bar {}');
    expect(verdict).toEqual({ status: 'error', message: expect.stringMatching(/must export a class named Foo, but it exports Bar$/) as unknown });
  });

  test('an untouched stub is pending, never passed', async () => {
    const verdict = await judgeSource('stub', fooWith({ first: "throw Object.assign(new Error('Foo.first is not implemented yet'), { name: 'NotImplementedError' });" }));
    expect(verdict.status).toBe('pending');
  });

  test('async-mutex imported by the learner is controlled: a correct gate passes, a plain mutex fails', async () => {
    const gate = `import { Semaphore } from 'async-mutex';
export class Foo {
  s2 = new Semaphore(0); s3 = new Semaphore(0);
  async first(p: () => void) { p(); this.s2.release(); }
  async second(p: () => void) { await this.s2.acquire(); p(); this.s3.release(); }
  async third(p: () => void) { await this.s3.acquire(); p(); }
}`;
    expect((await judgeSource('mutex-gate', gate)).status).toBe('pass');
    const mutex = `import { Mutex } from 'async-mutex';
export class Foo {
  m = new Mutex();
  async first(p: () => void) { await this.m.runExclusive(p); }
  async second(p: () => void) { await this.m.runExclusive(p); }
  async third(p: () => void) { await this.m.runExclusive(p); }
}`;
    expect((await judgeSource('mutex-only', mutex)).status).toBe('fail');
  });

  test('a kit solution imported by absolute path passes, plain promises too', async () => {
    const kitSolution = `import { Event } from ${kit};
export class Foo {
  a = new Event(); b = new Event();
  async first(p: () => void) { p(); this.a.set(); }
  async second(p: () => void) { await this.a.wait(); p(); this.b.set(); }
  async third(p: () => void) { await this.b.wait(); p(); }
}`;
    expect((await judgeSource('kit-events', kitSolution)).status).toBe('pass');
    const promises = `export class Foo {
  r1!: () => void; r2!: () => void;
  p1 = new Promise<void>((r) => (this.r1 = r)); p2 = new Promise<void>((r) => (this.r2 = r));
  async first(p: () => void) { p(); this.r1(); }
  async second(p: () => void) { await this.p1; p(); this.r2(); }
  async third(p: () => void) { await this.p2; p(); }
}`;
    expect((await judgeSource('promises', promises)).status).toBe('pass');
  });
});
