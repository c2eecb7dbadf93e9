import type { FailureData, FailureKind } from './failure-data';
import { escapeHtml } from './html/escape';
import { type LaneContext, laneHead, laneRow, verdictRow } from './html/lane';
import { pageScript } from './html/script';
import { stepsOf } from './html/steps';
import { pageStyle } from './html/style';

export interface HtmlReportOptions {
  readonly slug: string;
  /** The replay line's command (replayWith's result for the failure's schedule). */
  readonly replayCommand: string;
  /** Lines of the code under test by file label (`file.ts`), to show the line each task stands at. */
  readonly sources?: LaneContext['sources'];
  /** At most this many steps are drawn, the last ones (a livelock's trace may be very long). Default 2,000. */
  readonly maxSteps?: number;
}

const kindLabels: Readonly<Record<FailureKind, string>> = {
  violation: 'broken invariant',
  deadlock: 'deadlock',
  livelock: 'no progress',
  crash: 'crash',
  mismatch: 'schedule does not fit',
  across: 'across schedules',
};

/** With more tasks than this, the lane's columns narrow. */
const compactFrom = 6;

function header(data: FailureData, options: HtmlReportOptions): string {
  const details = data.details.length === 0 ? '' : `<pre class="details">${escapeHtml(data.details.join('\n'))}</pre>`;
  const warnings = data.warnings.map((warning) => `<p class="warning">warning: ${escapeHtml(warning)}</p>`).join('');
  return (
    `<header><h1><span class="kind">${escapeHtml(kindLabels[data.kind])}</span>✗ ${escapeHtml(options.slug)}: ` +
    `<span class="headline">${escapeHtml(data.headline)}</span></h1>${details}` +
    `<p class="meta">case: ${escapeHtml(data.caseLabel)}; ${escapeHtml(data.how)}</p>${warnings}</header>`
  );
}

const controls =
  '<nav aria-label="step through the schedule"><button id="first" title="Home">⇤ start</button>' +
  '<button id="previous" title="← or ↑">◀ back</button><span id="position"></span>' +
  '<button id="next" title="→ or ↓">next ▶</button><button id="last" title="End">end ⇥</button>' +
  '<span class="keys"><kbd>←</kbd> <kbd>→</kbd> step, <kbd>Home</kbd> <kbd>End</kbd> jump, or click a row</span></nav>';

function lane(data: FailureData, context: LaneContext, maxSteps: number): string {
  const steps = stepsOf(data.trace ?? [], context.names);
  const shown = steps.slice(Math.max(0, steps.length - maxSteps));
  const columns = context.names.length + 2;
  const left = steps.length - shown.length;
  const earlier = left === 0 ? '' : `<tr class="skipped"><td class="wide" colspan="${columns}">… ${left} earlier steps not shown (the panel counts only the steps below)</td></tr>`;
  const none = steps.length === 0 ? `<tr><td class="wide" colspan="${columns}">no steps were recorded for this failure</td></tr>` : '';
  const rows = shown.map((step) => laneRow(step, context)).join('\n');
  const table = `<table class="lane${context.names.length >= compactFrom ? ' compact' : ''}">${laneHead(context)}<tbody>${earlier}${none}${rows}\n${verdictRow(steps.length + 1, data.headline, data.details, context)}</tbody></table>`;
  return `<div class="lane-box" tabindex="0">${table}</div>`;
}

function statePanel(names: readonly string[]): string {
  const tasks = names
    .map((name, task) => `<li data-task="${task}"><span class="status"></span><b>${escapeHtml(name)}</b> <span class="where dim"></span><code></code></li>`)
    .join('');
  return `<aside><h2>Now</h2><p id="now" aria-live="polite"></p><code id="now-code"></code><h3>Tasks: where each stands</h3><ul id="tasks">${tasks}</ul><h3>Output so far</h3><div id="output"></div></aside>`;
}

function footer(command: string): string {
  return `<footer><h2>Replay this schedule</h2><div class="replay"><code id="replay">${escapeHtml(command)}</code><button id="copy">copy</button></div></footer>`;
}

/**
 * A failure as one self-contained page (inline style and script, nothing fetched): a column per task and a row
 * per step, where each task stands in the code, who woke whom, the output as it was produced, the verdict
 * after the last step, step-through controls and the replay command. Pure: the same data gives the same page.
 */
export function htmlReport(data: FailureData, options: HtmlReportOptions): string {
  const context: LaneContext = { names: data.taskNames, ...(options.sources === undefined ? {} : { sources: options.sources }) };
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from elsewhere: the page is read offline, and a learner's output is only ever text.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>${escapeHtml(`✗ ${options.slug}: ${data.headline}`)}</title>`,
    `<style>${pageStyle}</style></head><body>`,
    header(data, options),
    controls,
    `<main>${lane(data, context, options.maxSteps ?? 2000)}${statePanel(data.taskNames)}</main>`,
    footer(options.replayCommand),
    `<script>${pageScript}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
