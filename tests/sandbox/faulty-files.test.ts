import { Writable } from 'node:stream';
import { join } from 'node:path';
import { kataPaths, repoRoot } from '../../src/catalog';
import type { Verdict } from '../../src/sandbox/protocol';
import { runInSandbox } from '../../src/sandbox/run-in-sandbox';
import { IsolatedSandbox, runIsolated } from '../../src/sandbox/isolated-sandbox';

/**
 * Learner files that misbehave in ways a stress test must survive (tests/fixtures/faulty/, each a correct
 * Print in Order with one fault). Each must get a verdict whose first line names the cause, within 15 s, with
 * the CLI's watchdog settings, and without taking the test runner down.
 */
const faulty = (name: string): string => join(repoRoot, 'tests', 'fixtures', 'faulty', `${name}.ts`);

const request = (implPath: string) => ({
  slug: 'print-in-order',
  specPath: kataPaths('print-in-order').spec,
  implPath,
  seed: 1,
  color: false,
  width: 100,
  command: 'npm run kata -- print-in-order',
});

/**
 * One host process for all of them, as the kata suites have: on Node 24 and 26 the allocating loop's worker
 * ignores termination, so it must end with its host, and the next file must still get a host and a verdict.
 */
const sandbox = new IsolatedSandbox();
afterAll(() => sandbox.close());

function judge(name: string): Promise<Verdict> {
  return sandbox.run(request(faulty(name)));
}

/** The line a learner reads first: a failure report's headline (without "✗ slug: "), or the message. */
function firstLine(verdict: Verdict): string {
  switch (verdict.status) {
    case 'pass':
      return 'passed';
    case 'fail':
      return verdict.headline;
    default:
      return verdict.message.split('\n')[0] ?? '';
  }
}

const within = 15_000;

describe('faulty learner files get a verdict naming the cause', () => {
  test.each([
    ['exit-in-method', 'stopped', /^second\(\) called process\.exit\(0\): /],
    ['exit-at-import', 'stopped', /^the file \(while loading\) called process\.exit\(3\): /],
    ['constructor-loop', 'hang', /^new Foo\(\) ran for 1 s without returning: an endless loop in the constructor\?/],
    ['busy-wait', 'hang', /^second\(\) ran for 1 s without reaching a scheduling point \(case: three tasks\): a busy-wait/],
    ['replace-promise', 'stopped', /^the file \(while loading\) replaced globalThis\.Promise, /],
    ['replace-set-immediate', 'stopped', /^first\(\) replaced globalThis\.setImmediate, /],
    ['replace-queue-microtask', 'stopped', /^new Foo\(\) replaced globalThis\.queueMicrotask, /],
    ['memory-while-yielding', 'stopped', /^the code under test used more than 512 MB of memory, the stress test's limit, while .+ was running/],
  ] as const)(
    '%s',
    async (name, status, cause) => {
      const verdict = await judge(name);
      expect(verdict.status).toBe(status);
      expect(firstLine(verdict)).toMatch(cause);
    },
    within,
  );

  test(
    'allocating-loop: a synchronous loop that allocates is told apart from a plain busy-wait',
    async () => {
      const verdict = await judge('allocating-loop');
      // Depending on the machine's speed, the watchdog sees the stall first or the memory runs out first.
      expect(firstLine(verdict)).toMatch(
        /ran for 1 s without reaching a scheduling point, allocating \d+ MB meanwhile|used more than 512 MB of memory, the stress test's limit, in a loop that never reached a scheduling point/,
      );
    },
    within,
  );

  // Both faults happen in the very first schedule: the explorer reports the case's task names to the watchdog
  // before that schedule's tasks run, so the verdict names the task, not "task 0".
  test(
    'memory and allocating loops name the task in the first schedule too',
    async () => {
      expect(firstLine(await judge('memory-while-yielding'))).toMatch(/while first\(\) was running/);
      expect(firstLine(await judge('allocating-loop'))).toMatch(/^first\(\) /);
    },
    2 * within,
  );

  // `throw Object.create(null)`: String() of it throws, so describing it must not, or the throw would be lost.
  test(
    'throw-null-prototype: names the task and shows the thrown object',
    async () => {
      expect(firstLine(await judge('throw-null-prototype'))).toBe('first() threw [Object: null prototype] {}');
    },
    within,
  );

  test(
    'async-recursion: the endless recursion is named, and V8\'s own "Exception in PromiseRejectCallback" output is dropped',
    async () => {
      let stderr = '';
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          stderr += chunk.toString();
          done();
        },
      });
      const verdict = await runIsolated(request(faulty('async-recursion')), { stderr: sink });
      // Every await is a scheduling point, so the recursion parks one continuation per level: the explorer
      // stops it by count, before the stack overflows into V8's own messages.
      expect(firstLine(verdict)).toMatch(/^first\(\) threw RangeError: .*an endless async recursion/);
      expect(stderr).not.toContain('PromiseRejectCallback');
      expect(stderr).not.toContain('use strict');
    },
    within,
  );

  test(
    'after all of them the runner still judges a correct file',
    async () => {
      const verdict = await sandbox.run(request(join(repoRoot, 'solutions', 'print-in-order', 'event.ts')));
      expect(verdict.status).toBe('pass');
    },
    within,
  );
});

describe('cancelling a check', () => {
  test.each([
    ['in a worker', runInSandbox],
    ['in a process of its own', runIsolated],
  ])('%s: aborting rejects at once with the reason', async (_where, run) => {
    const controller = new AbortController();
    const checking = run(request(faulty('constructor-loop')), { signal: controller.signal, stallMs: 60_000 });
    controller.abort(new Error('saved again'));
    await expect(checking).rejects.toThrow('saved again');
  });

  test('in a shared host: aborting rejects at once, and the next check gets a host of its own', async () => {
    const shared = new IsolatedSandbox();
    try {
      const controller = new AbortController();
      const checking = shared.run(request(faulty('constructor-loop')), { signal: controller.signal, stallMs: 60_000 });
      const next = shared.run(request(join(repoRoot, 'solutions', 'print-in-order', 'event.ts')));
      controller.abort(new Error('saved again'));
      await expect(checking).rejects.toThrow('saved again');
      expect((await next).status).toBe('pass');
    } finally {
      shared.close();
    }
  }, within);
});
