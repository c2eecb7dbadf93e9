import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { kataPaths, repoRoot } from '../../src/catalog';
import { PlayServer, type ServedTarget } from '../../src/play/play-server';
import type { PlayView } from '../../src/play/play-view';
import { IsolatedSandbox } from '../../src/sandbox/isolated-sandbox';

/**
 * The play server over HTTP, with the real sandbox: it listens on 127.0.0.1 only, serves the page, answers
 * moves, and survives learner code that calls process.exit (the sandbox's verdict becomes the page's end).
 */
const mutant = join(repoRoot, 'tests', 'mutants', 'print-in-order', 'flag-check-then-wait.ts');
let dir = '';
let sandbox: IsolatedSandbox;
let server: PlayServer;
let address = '';

const target = (implPath: string): ServedTarget => ({ name: basename(implPath), implPath, sources: {}, replayCommand: (s) => `replay ${s}` });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kata-play-server-'));
  const exits = join(dir, 'exits.ts');
  writeFileSync(exits, 'export class Foo {\n  async first(print: () => void) { process.exit(3); }\n  async second(print: () => void) { print(); }\n  async third(print: () => void) { print(); }\n}\n');
  sandbox = new IsolatedSandbox();
  server = new PlayServer({
    slug: 'print-in-order',
    specPath: kataPaths('print-in-order').spec,
    seed: 1,
    targets: [target(mutant), target(exits)],
    challenge: false,
    caseIndex: 0,
    judge: (request) => sandbox.run(request, { quiet: true }),
  });
  address = await server.listen();
}, 60_000);

afterAll(async () => {
  await server.close();
  sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

const move = async (body: unknown): Promise<PlayView> => {
  const response = await fetch(`${address}state`, { method: 'POST', body: JSON.stringify(body) });
  return (await response.json()) as PlayView;
};

describe('the play server', () => {
  test('listens on 127.0.0.1 and serves a self-contained page with a column per task', async () => {
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await (await fetch(address)).text();
    expect(page).toContain('<th class="task" data-task="2" scope="col">third()</th>');
    expect(page).not.toMatch(/<script src|<link /);
  }, 60_000);

  test('answers a move with the new decision, and undo with the state before it', async () => {
    const after = await move({ target: 0, choices: [1] });
    expect(after.choices).toEqual([1]);
    expect(after.decision?.options.length).toBe(3);
    const undone = await move({ target: 0, choices: after.choices, optionCounts: after.optionCounts, undo: true });
    expect(undone.choices).toEqual([]);
    expect(undone.rowCount).toBe(0);
  }, 60_000);

  test('learner code that calls process.exit ends the run with the sandbox\'s verdict; the server goes on', async () => {
    const stopped = await move({ target: 1, choices: [0] });
    expect(stopped.end?.failed).toBe(true);
    expect(stopped.end?.headline).toMatch(/process\.exit/);
    const again = await move({ target: 0, choices: [] });
    expect(again.decision?.kind).toBe('task');
  }, 60_000);

  test('a malformed move is refused before anything runs', async () => {
    const response = await fetch(`${address}state`, { method: 'POST', body: '{"target":7,"choices":[]}' });
    expect(response.status).toBe(400);
  });
});
