import { escapeHtml } from './escape';
import { lineOf, type Step, taskName } from './steps';

/** What a row needs besides its step: the task names, and the source files' lines by file label. */
export interface LaneContext {
  readonly names: readonly string[];
  /** Lines of the code under test, keyed by the file label a trace's `where` starts with (`file.ts`). */
  readonly sources?: Readonly<Record<string, readonly string[]>>;
}

/** The source text of `file.ts:19`, trimmed, or undefined when the file is not at hand. */
export function sourceLine(where: string | undefined, sources: LaneContext['sources']): string | undefined {
  const line = lineOf(where);
  if (where === undefined || line === undefined || sources === undefined) return undefined;
  const file = where.slice(0, where.lastIndexOf(':'));
  return Object.hasOwn(sources, file) ? sources[file]?.[line - 1]?.trim() : undefined;
}

const attribute = (name: string, value: string | number | undefined): string =>
  value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`;

/** The lane's head: the step number, a column per task, the output. */
export function laneHead(context: LaneContext): string {
  const tasks = context.names.map((name, task) => `<th class="task" data-task="${task}" scope="col">${escapeHtml(name)}</th>`).join('');
  return `<thead><tr><th class="n" scope="col">step</th>${tasks}<th class="out" scope="col">output</th></tr></thead>`;
}

/** What a step says in one sentence, for the "now" box: `third(): prints "third"`. */
export function sayStep(step: Step, context: LaneContext): string {
  const who = step.task === undefined ? '' : `${taskName(context.names, step.task)}: `;
  return `${who}${step.text}${step.where === undefined ? '' : ` (${step.where})`}`;
}

function cell(step: Step, context: LaneContext): string {
  const line = lineOf(step.where);
  const code = sourceLine(step.where, context.sources);
  const location =
    line === undefined ? '' : `<span class="loc"${attribute('title', code === undefined ? step.where : `${step.where}: ${code}`)}>l.${line}</span> `;
  return `<td class="cell"${attribute('title', sayStep(step, context))}><div class="c"><span class="icon">${escapeHtml(step.icon)}</span> ${location}<span class="what">${escapeHtml(step.text)}</span></div></td>`;
}

/**
 * One step as a table row. Its data attributes carry what the page's script derives the state from (the task,
 * its status, where it stands and the source there, the output), so rows appended later are understood alike.
 */
export function laneRow(step: Step, context: LaneContext): string {
  const code = sourceLine(step.where, context.sources);
  const data =
    attribute('data-step', step.number) +
    attribute('data-task', step.task) +
    attribute('data-status', step.status) +
    attribute('data-where', step.where) +
    attribute('data-code', code) +
    attribute('data-output', step.output) +
    attribute('data-say', sayStep(step, context));
  const number = `<th class="n" scope="row">${step.number}</th>`;
  const output = `<td class="out">${step.output === undefined ? '' : `<span class="chip">${escapeHtml(step.output)}</span>`}</td>`;
  if (step.task === undefined && step.output === undefined) {
    const wide = `<td class="wide" colspan="${context.names.length + 1}">${escapeHtml(`${step.icon} ${step.text}`)}</td>`;
    return `<tr class="step k-${step.kind}"${data}>${number}${wide}</tr>`;
  }
  const cells = context.names.map((_, task) => {
    if (task === step.task) return cell(step, context);
    if (step.kind === 'wake' && task === step.by) {
      return `<td class="cell waker"><div class="c"><span class="what">⤳ wakes ${escapeHtml(taskName(context.names, step.task))}</span></div></td>`;
    }
    return '<td></td>';
  });
  return `<tr class="step k-${step.kind}"${data}>${number}${cells.join('')}${output}</tr>`;
}

/** The last row: how the schedule failed (the broken invariant, the deadlock, the crash), after every step. */
export function verdictRow(number: number, headline: string, details: readonly string[], context: LaneContext): string {
  const more = details.length === 0 ? '' : `<pre class="details">${escapeHtml(details.join('\n'))}</pre>`;
  return (
    `<tr class="step verdict"${attribute('data-step', number)}${attribute('data-say', headline)}>` +
    `<th class="n" scope="row">✗</th><td class="wide" colspan="${context.names.length + 1}"><strong class="headline">${escapeHtml(headline)}</strong>${more}</td></tr>`
  );
}
