import pc from 'picocolors';
import type { Paint } from './swimlane';

/** The colours of a report: none unless `color` (a TTY without NO_COLOR, as picocolors decides). */
export function paintFor(color: boolean): Paint {
  const colors = pc.createColors(color);
  return {
    task: (text) => colors.bold(text),
    dim: (text) => colors.dim(text),
    bad: (text) => colors.red(text),
    good: (text) => colors.green(text),
    output: (text) => colors.cyan(text),
  };
}
