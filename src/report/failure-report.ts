import type { FailureData } from './failure-data';
import { noPaint, type Paint, swimlane } from './swimlane';

export interface ReportOptions {
  readonly slug: string;
  /** The command that replays `schedule`; without a schedule, the command that reruns the check. */
  readonly replayCommand: (schedule: string | undefined) => string;
  readonly paint?: Paint;
  readonly width?: number;
}

/** The replay line's command: `command` alone reruns the check, with `--replay` it replays one schedule. */
export function replayWith(command: string): (schedule: string | undefined) => string {
  return (schedule) => (schedule === undefined ? command : `${command} --replay '${schedule}'`);
}

/** The full failure report: what was expected, what happened, the (shrunk) schedule as a picture, and a replay line. */
export function renderFailure(data: FailureData, options: ReportOptions): string {
  const paint = options.paint ?? noPaint;
  const lines: string[] = [];
  lines.push(paint.bad(`✗ ${options.slug}: ${data.headline}`));
  for (const detail of data.details) lines.push(`  ${detail}`);
  lines.push('');
  lines.push(paint.dim(`case: ${data.caseLabel}; ${data.how}`));
  if (data.trace !== undefined && data.trace.length > 0) {
    lines.push('');
    lines.push(swimlane(data.trace, data.taskNames, { paint, ...(options.width === undefined ? {} : { width: options.width }) }));
  }
  for (const warning of data.warnings) lines.push('', paint.bad(`warning: ${warning}`));
  lines.push('');
  lines.push(`replay: ${options.replayCommand(data.schedule)}`);
  return lines.join('\n');
}
