import type { TraceEvent } from '../explorer/trace';

export interface Paint {
  task(text: string): string;
  dim(text: string): string;
  bad(text: string): string;
  good(text: string): string;
  output(text: string): string;
}

export const noPaint: Paint = { task: (t) => t, dim: (t) => t, bad: (t) => t, good: (t) => t, output: (t) => t };

interface Row {
  readonly task: number | undefined;
  readonly text: string;
  readonly output?: string;
  readonly kind: 'plain' | 'bad' | 'good' | 'dim';
}

/**
 * Where a step stands in the code under test, short enough for a column: `l.14` when every location is in one
 * file (the legend names it), `file.ts:14` otherwise.
 */
function locator(trace: readonly TraceEvent[]): { at: (where: string | undefined) => string; legend: string | undefined } {
  const files = new Set<string>();
  for (const event of trace) {
    if ((event.kind === 'resume' || event.kind === 'block') && event.where !== undefined) files.add(event.where.replace(/:\d+$/, ''));
  }
  if (files.size === 1) {
    const [file] = files;
    return { at: (where) => (where === undefined ? '' : `l.${where.slice(where.lastIndexOf(':') + 1)} `), legend: `l.N = line N of ${file ?? ''}` };
  }
  return { at: (where) => (where === undefined ? '' : `${where} `), legend: undefined };
}

function rowsOf(trace: readonly TraceEvent[], names: readonly string[], at: (where: string | undefined) => string): Row[] {
  const rows: Row[] = [];
  const who = (id: number | undefined): string => (id === undefined ? 'a timer' : (names[id] ?? `task ${id}`));
  const woken = new Set<number>();
  for (const event of trace) {
    switch (event.kind) {
      case 'resume': {
        // A task resumed after a wake-up continues where it blocked; otherwise it passes the point it names.
        const text = event.at === 'starts' || event.at === 'start' ? '▶ starts' : `▶ ${at(event.where)}${woken.has(event.task) ? 'continues' : event.at}`;
        woken.delete(event.task);
        rows.push({ task: event.task, text, kind: 'plain' });
        break;
      }
      case 'block':
        rows.push({ task: event.task, text: `⏸ ${at(event.where)}${event.reason}`, kind: 'dim' });
        break;
      case 'wake':
        woken.add(event.task);
        rows.push({ task: event.task, text: `${event.failed ? '↯ failed' : '↑ woken'} by ${who(event.by)}`, kind: 'dim' });
        break;
      case 'output':
        rows.push({ task: event.task, text: `✎ ${event.text}`, output: event.text, kind: 'plain' });
        break;
      case 'note':
        rows.push({ task: event.task, text: `• ${event.text}`, kind: 'dim' });
        break;
      case 'done':
        rows.push({ task: event.task, text: '✓ done', kind: 'good' });
        break;
      case 'throw':
        rows.push({ task: event.task, text: `✗ threw: ${event.message}`, kind: 'bad' });
        break;
      case 'time':
        rows.push({ task: undefined, text: `── t=${event.time}ms ──`, kind: 'dim' });
        break;
    }
  }
  return rows;
}

function fit(text: string, width: number): string {
  const chars = Array.from(text); // code points, so a box-drawing glyph counts once
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/**
 * Draws a trace as a swimlane: one column per task, one row per event, the output on the right.
 * Falls back to one line per event (task name first) when the columns would not fit `width`.
 */
export function swimlane(
  trace: readonly TraceEvent[],
  names: readonly string[],
  options: { width?: number; maxRows?: number; paint?: Paint } = {},
): string {
  const width = options.width ?? 80;
  const maxRows = options.maxRows ?? 60;
  const paint = options.paint ?? noPaint;
  const { at, legend } = locator(trace);
  let rows = rowsOf(trace, names, at);
  const skipped = Math.max(0, rows.length - maxRows);
  rows = rows.slice(skipped);
  const used = [...new Set(rows.map((row) => row.task).filter((t): t is number => t !== undefined))].sort((a, b) => a - b);
  const outputWidth = Math.min(12, Math.max(6, ...rows.map((row) => (row.output ?? '').length)));
  const stepWidth = 4;
  const gutter = 3;
  const columnWidth = Math.floor((width - stepWidth - outputWidth - gutter * (used.length + 1)) / Math.max(1, used.length));
  const colour = (row: Row, text: string): string =>
    row.kind === 'bad' ? paint.bad(text) : row.kind === 'good' ? paint.good(text) : row.kind === 'dim' ? paint.dim(text) : text;
  const lines: string[] = [];
  if (skipped > 0) lines.push(paint.dim(`… ${skipped} earlier events not shown`));

  if (columnWidth >= 12) {
    const header = ' '.repeat(stepWidth) + used.map((t) => ' │ ' + paint.task(fit(names[t] ?? `task ${t}`, columnWidth))).join('') + ' │ ' + 'output';
    lines.push(header);
    lines.push('─'.repeat(stepWidth) + used.map(() => '─┼─' + '─'.repeat(columnWidth)).join('') + '─┼─' + '─'.repeat(outputWidth));
    rows.forEach((row, index) => {
      const step = String(skipped + index + 1).padStart(stepWidth);
      if (row.task === undefined) {
        lines.push(paint.dim(step + '   ' + row.text));
        return;
      }
      const cells = used.map((t) => ' │ ' + (t === row.task ? colour(row, fit(row.text, columnWidth)) : ' '.repeat(columnWidth)));
      lines.push((step + cells.join('') + ' │ ' + (row.output === undefined ? '' : paint.output(row.output))).trimEnd());
    });
    if (legend !== undefined) lines.push(paint.dim(legend));
    return lines.join('\n');
  }
  const nameWidth = Math.min(16, Math.max(...used.map((t) => (names[t] ?? '').length)));
  rows.forEach((row, index) => {
    const step = String(skipped + index + 1).padStart(stepWidth);
    const name = row.task === undefined ? ' '.repeat(nameWidth) : paint.task(fit(names[row.task] ?? '', nameWidth));
    lines.push(`${step}  ${name}  ${colour(row, fit(row.text, width - stepWidth - nameWidth - 4))}`.trimEnd());
  });
  if (legend !== undefined) lines.push(paint.dim(legend));
  return lines.join('\n');
}
