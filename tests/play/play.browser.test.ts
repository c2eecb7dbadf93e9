import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type ScratchCopy, scratchCopy } from '../cli/scratch-copy';

/**
 * End to end: `play print-in-order --challenge` serves the kata's mutants; the browser picks
 * flag-check-then-wait.ts, clicks the choices of a known failing schedule and must see the failure reported in
 * the par number of decisions (the explorer's own shrunk failure, measured by the server), with a replay line
 * that the CLI reproduces. Undo and a clean console are checked on the way. Every wait is for an element or a
 * text on the page, never a fixed time. Skipped without Debian's Chromium, like the HTML report's test.
 */
const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
const browserTest = hasChromium ? test : test.skip;
if (!hasChromium) console.warn(`skipping the play page's browser test: ${executablePath} is missing (apt-get install chromium; .ci/run does)`);

const mutant = 'flag-check-then-wait.ts';
/**
 * The failing schedule, as the choices at the decisions that offer one (forced decisions are taken by the
 * server): second() starts and waits, third() starts and waits, first() runs (the only one left), then third()
 * goes before second() and prints too early. Each entry: the task to run and the decision count after it.
 */
const moves: ReadonlyArray<readonly [task: number, taken: number]> = [
  [1, 1],
  [1, 2],
  [2, 3],
  [2, 6], // first() is then the only runnable task for two decisions: taken without asking
  [2, 7],
  [2, 8],
];

let copy: ScratchCopy;
let server: ChildProcess | undefined;
let address = '';
let browser: Browser | undefined;

beforeAll(async () => {
  copy = scratchCopy();
  if (!hasChromium) return;
  const child = spawn(process.execPath, ['--import', 'tsx', join(copy.root, 'src', 'cli', 'main.ts'), 'play', 'print-in-order', '--challenge'], {
    cwd: copy.root,
    env: { ...process.env, NO_COLOR: '1', KATA_STATE_DIR: join(copy.root, '.kata') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  address = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found !== null) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`play ended (code ${code}) before printing its address: ${out}`)));
  });
  browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGINT'); // what Ctrl-C sends: the server stops and ends its sandbox
    await exited;
  }
  copy.remove();
}, 30_000);

/** Waits until `selector`'s text is `text` (the page answers each move after a fresh run in the sandbox). */
async function textIs(page: Page, selector: string, text: string): Promise<void> {
  // A locator, not page.waitForFunction: the page's Content-Security-Policy forbids evaluating strings.
  const exactly = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator(selector).filter({ hasText: exactly }).waitFor({ timeout: 60_000 });
}

describe(hasChromium ? 'the play page in a browser' : `the play page in a browser (skipped: no ${executablePath})`, () => {
  browserTest('a challenge is played to its failure in par decisions, with undo and a replay line that reproduces it', async () => {
    if (browser === undefined) throw new Error('no browser');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(address);
    const option = page.locator('#target option', { hasText: mutant });
    const target = await option.getAttribute('value');
    // The page for one mutant waits for its par: the server runs the normal check on it first.
    await page.goto(`${address}?target=${target ?? ''}`, { timeout: 90_000 });
    await page.locator('#choices button').first().waitFor({ timeout: 60_000 });
    const par = Number(/par: (\d+) decisions/.exec((await page.locator('header').textContent()) ?? '')?.[1]);
    expect(par).toBe(8);

    // Undo: a choice taken back leaves the page as it was before it.
    await page.locator('#choices button[data-value="0"]').click();
    await textIs(page, '#taken', '1');
    await page.locator('#undo').click();
    await textIs(page, '#taken', '0');
    await expect(page.locator('tr.step').count()).resolves.toBe(0);

    for (const [task, taken] of moves) {
      await page.locator(`#choices button[data-value="${task}"]`).click();
      await textIs(page, '#taken', String(taken));
    }
    const verdict = (await page.locator('#verdict').textContent()) ?? '';
    expect(verdict).toMatch(/wrong order/);
    expect(verdict).toContain(`in ${par} decisions (par ${par}: made it)`);
    await expect(page.locator('#output').textContent()).resolves.toBe('firstthird');
    await expect(page.locator('#position').textContent()).resolves.toBe('the failure');
    await expect(page.locator('tr.verdict').isVisible()).resolves.toBe(true);
    await expect(page.locator('#choices button').count()).resolves.toBe(0);
    // Each task's line: third() stood at its wait when it printed.
    await expect(page.locator('#tasks li[data-task="2"] .where').textContent()).resolves.toMatch(/^flag-check-then-wait\.ts:\d+$/);

    const replay = (await page.locator('#replay').textContent()) ?? '';
    expect(replay).toMatch(/^npm run kata -- print-in-order --impl tests\/mutants\/print-in-order\/flag-check-then-wait\.ts --seed 1 --replay 'c0\.s[\d:,]+\.h\w+'$/);

    // Undo after the end takes back the last choice: the run waits at that decision again.
    await page.locator('#undo').click();
    await textIs(page, '#taken', '7');
    await expect(page.locator('#verdict').textContent()).resolves.toBe('');
    const rows = await page.locator('tr.step').count();
    await expect(page.locator('#position').textContent()).resolves.toBe(`step ${rows} of ${rows}`);
    expect(errors).toEqual([]);
    await page.close();

    // The replay line reproduces the failure in the CLI.
    const schedule = /--replay '([^']+)'/.exec(replay)?.[1] ?? '';
    const { code, out } = copy.kata('print-in-order', '--impl', 'tests/mutants/print-in-order/flag-check-then-wait.ts', '--replay', schedule);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ print-in-order: the words came out in the wrong order/);
  }, 300_000);
});
