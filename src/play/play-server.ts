import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeSchedule } from '../explorer/schedule';
import { escapeHtml } from '../report/html/escape';
import type { LaneContext } from '../report/html/lane';
import type { CheckRequest, Verdict } from '../sandbox/protocol';
import type { PlayState } from './play-state';
import { type PlayPageOptions, playPage, type PlayTarget } from './play-page';
import { type PlayView, playView, undoChoices } from './play-view';

/** A file the server plays, with everything needed to judge it and to name it. */
export interface ServedTarget extends PlayTarget {
  readonly implPath: string;
  /** Lines of the file by label, for the code line each task stands at. */
  readonly sources: LaneContext['sources'];
  /** The replay line's command for a schedule of this file. */
  readonly replayCommand: (schedule: string) => string;
}

/** Judges one request in the sandbox (IsolatedSandbox.run in the CLI; anything else in tests). */
export type Judge = (request: CheckRequest) => Promise<Verdict>;

export interface PlayServerOptions {
  readonly slug: string;
  readonly specPath: string;
  readonly seed: number;
  readonly targets: readonly ServedTarget[];
  readonly challenge: boolean;
  /** The case to play when the explorer does not pick it (not challenge mode, or no failure found). */
  readonly caseIndex: number;
  readonly judge: Judge;
}

/** Where a target is played: its case, and in challenge mode the explorer's par. Found once per target. */
interface Setting {
  readonly caseIndex: number;
  readonly par?: number;
}

/** Longest choice list accepted: far past any schedule a person clicks through (a run stops at 50,000 steps). */
const MAX_CHOICES = 100_000;

/** A verdict that is not a play state (the watchdog stopped the code, the file does not load) as the page's end. */
function stoppedView(verdict: Verdict, choices: readonly number[]): PlayView {
  const headline = verdict.status === 'fail' ? verdict.headline : 'message' in verdict ? verdict.message : 'the run did not answer';
  return { choices, optionCounts: [], rows: '', rowCount: 0, waits: [], end: { failed: true, headline, details: [], replay: '' } };
}

/**
 * The play server: one page per target, and `POST /state` with `{ target, choices, undo?, optionCounts? }`,
 * answered with a PlayView after replaying the choices from the start in the sandbox. No state is kept per
 * page, so reloading, two tabs and undo all work by construction. Listens on 127.0.0.1 only.
 */
export class PlayServer {
  private readonly settings = new Map<number, Promise<Setting>>();
  private server: Server | undefined;

  constructor(private readonly options: PlayServerOptions) {}

  /** Starts listening on a free port of 127.0.0.1; resolves with the page's address. */
  async listen(): Promise<string> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.send(response, 500, 'text/plain; charset=utf-8', `the play server failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.server === undefined) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** Runs the learner's choices on a target (a fresh run in the sandbox) and returns the state or a stop verdict. */
  async state(target: number, choices: readonly number[]): Promise<{ state?: PlayState; view: PlayView }> {
    const served = this.target(target);
    const setting = await this.setting(target);
    const verdict = await this.options.judge(this.request(served, { caseIndex: setting.caseIndex, choices }));
    if (verdict.status !== 'pass' || verdict.play === undefined) return { view: stoppedView(verdict, choices) };
    return { state: verdict.play, view: playView(verdict.play, served.sources, served.replayCommand) };
  }

  /**
   * A target's case and par. In challenge mode the normal check runs once: its shrunk failure names the case
   * (the learner plays where the explorer found the bug), and following its schedule counts its decisions.
   */
  setting(target: number): Promise<Setting> {
    let setting = this.settings.get(target);
    if (setting === undefined) {
      setting = this.findSetting(this.target(target));
      this.settings.set(target, setting);
    }
    return setting;
  }

  private async findSetting(served: ServedTarget): Promise<Setting> {
    const fallback: Setting = { caseIndex: this.options.caseIndex };
    if (!this.options.challenge) return fallback;
    const check = await this.options.judge({ ...this.request(served), timeBudgetMs: 10_000 });
    const schedule = check.status === 'fail' ? check.failure.schedule : undefined;
    if (schedule === undefined) return fallback;
    const { caseIndex } = decodeSchedule(schedule);
    const followed = await this.options.judge(this.request(served, { caseIndex, choices: [], follow: schedule }));
    if (followed.status !== 'pass' || followed.play?.end?.failed !== true) return { caseIndex };
    return { caseIndex, par: followed.play.choices.length };
  }

  private request(served: ServedTarget, play?: CheckRequest['play']): CheckRequest {
    return { slug: this.options.slug, specPath: this.options.specPath, implPath: served.implPath, seed: this.options.seed, ...(play === undefined ? {} : { play }) };
  }

  private target(index: number): ServedTarget {
    const served = this.options.targets[index];
    if (served === undefined) throw new RangeError(`there is no target ${index}`);
    return served;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/') return this.page(url, response);
    if (request.method === 'POST' && url.pathname === '/state') return this.move(request, response);
    this.send(response, 404, 'text/plain; charset=utf-8', 'not found');
  }

  private async page(url: URL, response: ServerResponse): Promise<void> {
    const wanted = Number(url.searchParams.get('target') ?? '0');
    const target = Number.isInteger(wanted) && wanted >= 0 && wanted < this.options.targets.length ? wanted : 0;
    const setting = await this.setting(target);
    const first = await this.state(target, []);
    if (first.state === undefined) {
      this.send(response, 200, 'text/html; charset=utf-8', `<!doctype html><meta charset="utf-8"><title>play</title><p>${escapeHtml(first.view.end?.headline ?? '')}</p>`);
      return;
    }
    const options: PlayPageOptions = {
      slug: this.options.slug,
      caseLabel: first.state.caseLabel,
      taskNames: first.state.taskNames,
      targets: this.options.targets,
      target,
      challenge: this.options.challenge,
      ...(setting.par === undefined ? {} : { par: setting.par }),
    };
    this.send(response, 200, 'text/html; charset=utf-8', playPage(options));
  }

  private async move(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = parseMove(await readBody(request), this.options.targets.length);
    if (typeof body === 'string') return this.send(response, 400, 'application/json', JSON.stringify({ error: body }));
    const choices = body.undo ? undoChoices(body.choices, body.optionCounts) : body.choices;
    const { view } = await this.state(body.target, choices);
    this.send(response, 200, 'application/json', JSON.stringify(view));
  }

  private send(response: ServerResponse, status: number, type: string, body: string): void {
    if (response.headersSent) return void response.end();
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  }
}


function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 2_000_000) request.destroy(new Error('request too large'));
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

const isChoiceList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length <= MAX_CHOICES && value.every((item) => Number.isInteger(item) && (item as number) >= 0);

/** A move as the page sends it, checked; a string says what is wrong with it. */
export function parseMove(
  text: string,
  targets: number,
): { target: number; choices: number[]; undo: boolean; optionCounts: number[] } | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not JSON';
  }
  if (typeof body !== 'object' || body === null) return 'the body is not an object';
  const { target, choices, undo, optionCounts } = body as Record<string, unknown>;
  if (!Number.isInteger(target) || (target as number) < 0 || (target as number) >= targets) return 'no such target';
  if (!isChoiceList(choices)) return 'choices must be a list of whole numbers';
  if (optionCounts !== undefined && !isChoiceList(optionCounts)) return 'optionCounts must be a list of whole numbers';
  return { target: target as number, choices, undo: undo === true, optionCounts: optionCounts ?? [] };
}
