import { escapeHtml } from '../report/html/escape';
import { laneHead } from '../report/html/lane';
import { pageScript } from '../report/html/script';
import { pageStyle } from '../report/html/style';
import { playScript } from './play-script';

/** One thing the page can play: the learner's file, or in challenge mode one of the kata's mutants. */
export interface PlayTarget {
  /** What the menu and the heading call it (the file name). */
  readonly name: string;
  /** The mutant's `// Bug:` sentence in challenge mode: what the learner is looking for. */
  readonly hint?: string;
}

export interface PlayPageOptions {
  readonly slug: string;
  readonly caseLabel: string;
  readonly taskNames: readonly string[];
  readonly targets: readonly PlayTarget[];
  /** Index into `targets` of the one this page plays. */
  readonly target: number;
  readonly challenge: boolean;
  /** Decisions in the explorer's own shrunk failure of this target (challenge mode), if it found one. */
  readonly par?: number;
}

const extraStyle = `
header h1 { color: var(--fg); }
#play { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; padding: 0.6rem 1.25rem; border-top: 1px solid var(--line); }
#choices { display: flex; gap: 0.4rem; flex-wrap: wrap; }
#choices button { border-color: var(--accent); color: var(--accent); font-weight: 600; }
#score { margin-left: auto; font-variant-numeric: tabular-nums; }
#verdict { margin: 0; padding: 0.5rem 1.25rem; font-weight: 600; }
#verdict:empty { display: none; }
#verdict.bad { color: var(--bad); background: var(--now); }
#verdict.good { color: var(--good); }
#tasks .waits { display: block; font-size: 0.85rem; color: var(--dim); }
#busy { color: var(--dim); }
`;

function menu(options: PlayPageOptions): string {
  if (!options.challenge) return '';
  const items = options.targets
    .map((target, index) => `<option value="${index}"${index === options.target ? ' selected' : ''}>${escapeHtml(target.name)}</option>`)
    .join('');
  return `<p><label>Solution to break: <select id="target">${items}</select></label></p>`;
}

function statePanel(names: readonly string[]): string {
  const tasks = names
    .map(
      (name, task) =>
        `<li data-task="${task}"><span class="status"></span><b>${escapeHtml(name)}</b> <span class="where dim"></span><code></code><span class="waits"></span></li>`,
    )
    .join('');
  return `<aside><h2>Now</h2><p id="now" aria-live="polite"></p><code id="now-code"></code><h3>Tasks: where each stands</h3><ul id="tasks">${tasks}</ul><h3>Output so far</h3><div id="output"></div></aside>`;
}

/**
 * The play page's shell: the report's lane and state panel (src/report/html, whose script steps through the
 * rows), the choices of the decision at hand, undo, and the replay line once the run ended. Its own script
 * asks the server for each new state and replaces the rows; nothing is fetched from elsewhere.
 */
export function playPage(options: PlayPageOptions): string {
  const target = options.targets[options.target];
  const goal = options.challenge
    ? `Make this solution fail${options.par === undefined ? '' : ` (par: ${options.par} decisions)`}.`
    : 'Pick which task runs next until the tasks finish, or something breaks.';
  const hint = target?.hint === undefined ? '' : `<p class="meta">${escapeHtml(target.hint)}</p>`;
  const config = { target: options.target, par: options.par ?? null };
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Only this page's own server is ever asked (connect-src 'self'); nothing loads from elsewhere.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>${escapeHtml(`play the scheduler: ${options.slug}`)}</title>`,
    `<style>${pageStyle}${extraStyle}</style></head><body>`,
    `<header><h1>play the scheduler: ${escapeHtml(options.slug)} · ${escapeHtml(target?.name ?? '')}</h1>${menu(options)}`,
    `<p>${escapeHtml(goal)}</p>${hint}<p class="meta">case: ${escapeHtml(options.caseLabel)}</p></header>`,
    '<section id="play" aria-label="your move"><strong>Next:</strong> <span id="choices"></span>',
    '<button id="undo" title="take back your last choice">↶ undo</button><button id="restart">restart</button><span id="busy"></span>',
    '<span id="score">decisions: <b id="taken">0</b><span id="par-box"></span></span></section>',
    '<p id="verdict" aria-live="polite"></p>',
    '<nav aria-label="look back through the steps"><button id="first">⇤ start</button><button id="previous">◀ back</button>' +
      '<span id="position"></span><button id="next">next ▶</button><button id="last">end ⇥</button></nav>',
    `<main><div class="lane-box" tabindex="0"><table class="lane">${laneHead({ names: options.taskNames })}<tbody></tbody></table></div>${statePanel(options.taskNames)}</main>`,
    '<footer><h2>Replay this schedule</h2><div class="replay"><code id="replay">(once the run ends)</code><button id="copy">copy</button></div></footer>',
    `<script>window.kataPlay = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script>`,
    `<script>${pageScript}</script>`,
    `<script>${playScript}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
